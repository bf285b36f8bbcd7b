package cn.renda.organization.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.ContactChannel;
import cn.renda.organization.ContactCommand;
import cn.renda.organization.LinkageCommand;
import cn.renda.organization.LinkageRegistry;
import cn.renda.organization.LinkageView;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of 双进双联: the linkages of SC members and their contact log. */
@Controller
@RequestMapping("/registry/linkages")
@PreAuthorize("isAuthenticated()")
class LinkageController {

    private final LinkageRegistry linkages;
    private final PersonRegistry people;
    private final BodyDirectory bodies;

    LinkageController(LinkageRegistry linkages, PersonRegistry people, BodyDirectory bodies) {
        this.linkages = linkages;
        this.people = people;
        this.bodies = bodies;
    }

    /** Query of the list page. */
    record Query(String q, Long committee, Integer page, String sort, String dir) {}

    /** Form: committee, discussion group and linked deputies of one member. */
    static final class LinkageForm {
        private Long memberId;

        private Long committeeId;

        @Size(max = 60)
        private String discussionGroup;

        private List<Long> deputyIds = new ArrayList<>();

        static LinkageForm of(LinkageView l) {
            LinkageForm f = new LinkageForm();
            f.committeeId = l.committeeId();
            f.discussionGroup = l.discussionGroup();
            f.deputyIds =
                    new ArrayList<>(l.deputies().stream().map(PersonRef::id).toList());
            return f;
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long v) {
            memberId = v;
        }

        public Long getCommitteeId() {
            return committeeId;
        }

        public void setCommitteeId(Long v) {
            committeeId = v;
        }

        public String getDiscussionGroup() {
            return discussionGroup;
        }

        public void setDiscussionGroup(String v) {
            discussionGroup = v;
        }

        public List<Long> getDeputyIds() {
            return deputyIds;
        }

        public void setDeputyIds(List<Long> v) {
            deputyIds = v == null ? new ArrayList<>() : v;
        }
    }

    /** Form: one contact with a linked deputy or with voters. */
    static final class ContactForm {
        @NotNull
        @PastOrPresent
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date = LocalDate.now();

        @NotNull
        private ContactChannel channel;

        private Long counterpartId;

        @Size(max = 200)
        private String voters;

        @NotBlank
        @Size(max = 2000)
        private String summary;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate v) {
            date = v;
        }

        public ContactChannel getChannel() {
            return channel;
        }

        public void setChannel(ContactChannel v) {
            channel = v;
        }

        public Long getCounterpartId() {
            return counterpartId;
        }

        public void setCounterpartId(Long v) {
            counterpartId = v;
        }

        public String getVoters() {
            return voters;
        }

        public void setVoters(String v) {
            voters = v;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String v) {
            summary = v;
        }
    }

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute(
                "canCreate",
                cn.renda.identity.CurrentUser.get()
                        .map(u -> u.hasAny(cn.renda.identity.Role.STAFF, cn.renda.identity.Role.ADMIN))
                        .orElse(false));
        model.addAttribute(
                "page",
                linkages.list(query.q(), query.committee(), Paging.of(query.page(), query.sort(), query.dir())));
        model.addAttribute("committees", bodies.committeeNames());
        return "organization/linkages/list";
    }

    @GetMapping("/{id}")
    String showLinkage(@PathVariable long id, Model model) {
        model.addAttribute("contactForm", new ContactForm());
        return view(id, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String showCreate(Model model) {
        model.addAttribute("form", new LinkageForm());
        return form(null, model);
    }

    /** A member without a linkage gets one; for a member who has one, it is replaced (one per member). */
    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String processCreate(
            @Valid @ModelAttribute("form") LinkageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getMemberId() == null) {
            errors.rejectValue("memberId", "NotNull");
        }
        if (errors.hasErrors()) {
            return form(null, model);
        }
        try {
            long id = linkages.save(new LinkageCommand(
                    form.getMemberId(), form.getCommitteeId(), form.getDiscussionGroup(), form.getDeputyIds()));
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/linkages/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(null, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String showEdit(@PathVariable long id, Model model) {
        LinkageView linkage = linkages.get(id);
        model.addAttribute("form", LinkageForm.of(linkage));
        return form(linkage, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") LinkageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LinkageView linkage = linkages.get(id);
        if (errors.hasErrors()) {
            return form(linkage, model);
        }
        try {
            linkages.save(new LinkageCommand(
                    linkage.memberId(), form.getCommitteeId(), form.getDiscussionGroup(), form.getDeputyIds()));
            redirect.addFlashAttribute("flash", "organization.flash.saved");
            return "redirect:/registry/linkages/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(linkage, model);
        }
    }

    /** Office staff log contacts for any member; a member logs their own. */
    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN','MEMBER','LEADER')")
    String processContact(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        LinkageView linkage = linkages.get(id);
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.ADMIN) && !Objects.equals(user.personId(), linkage.memberId())) {
            throw new AccessDeniedException("not your linkage");
        }
        if (!errors.hasErrors()) {
            try {
                linkages.logContact(new ContactCommand(
                        linkage.memberId(),
                        form.getCounterpartId(),
                        form.getVoters(),
                        form.getDate(),
                        form.getChannel(),
                        form.getSummary()));
                redirect.addFlashAttribute("flash", "organization.flash.logged");
                return "redirect:/registry/linkages/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return view(id, model);
    }

    private String view(long id, Model model) {
        LinkageView linkage = linkages.get(id);
        model.addAttribute("linkage", linkage);
        model.addAttribute("contacts", linkages.contacts(linkage.memberId(), new PageRequest(0, 100, null, false)));
        CurrentUser user = CurrentUser.require();
        model.addAttribute(
                "canLog", user.hasAny(Role.STAFF, Role.ADMIN) || Objects.equals(user.personId(), linkage.memberId()));
        return "organization/linkages/view";
    }

    private String form(LinkageView linkage, Model model) {
        model.addAttribute("linkage", linkage);
        if (linkage == null) {
            model.addAttribute("members", people.scMemberRefs());
        }
        model.addAttribute("committees", bodies.committeeNames());
        model.addAttribute("deputies", people.deputyRefs());
        return "organization/linkages/form";
    }
}
