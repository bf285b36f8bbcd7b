package cn.renda.handling.web;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.web.RenderedFragments;
import cn.renda.handling.Action;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.AttachmentContent;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockView;
import cn.renda.handling.EventView;
import cn.renda.handling.GuardFailedException;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewAttachment;
import cn.renda.handling.ReplyView;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.AccountView;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.UnitDirectory;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: content, assignments, clocks, replies, attachments, the timeline with its audit status,
 * and one small form per action the user may fire now (version-checked; a conflict is shown, not thrown).
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CasePageController {

    private static final int TIMELINE_SIZE = 50;

    private final HandlingFacade handling;
    private final AccountFacade accounts;
    private final UnitDirectory units;
    private final TimelineText timelineText;
    private final RenderedFragments fragments;
    private final CaseLabels labels;
    private final BlankActionForms blankForms;
    private final ActionUnitPickers pickers;
    private final MessageSource messages;

    /**
     * The page's reads (case, timeline, unit names, audit, attachments, leaders) in one read-only transaction: each
     * facade read joins it, so the page binds its congress once instead of opening five transactions (five
     * BEGIN / SET LOCAL / COMMIT round trips).
     */
    private final TransactionTemplate oneRead;

    CasePageController(
            HandlingFacade handling,
            AccountFacade accounts,
            UnitDirectory units,
            TimelineText timelineText,
            RenderedFragments fragments,
            CaseLabels labels,
            BlankActionForms blankForms,
            ActionUnitPickers pickers,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.oneRead = new TransactionTemplate(transactions);
        this.oneRead.setReadOnly(true);
        this.blankForms = blankForms;
        this.pickers = pickers;
        this.messages = messages;
        this.fragments = fragments;
        this.labels = labels;
        this.handling = handling;
        this.accounts = accounts;
        this.units = units;
        this.timelineText = timelineText;
    }

    @GetMapping("/cases/{id:\\d+}")
    String showCase(@PathVariable long id, @RequestParam(name = "page", defaultValue = "0") int events, Model model) {
        return casePage(id, events, model, null);
    }

    @PostMapping("/cases/{id:\\d+}/actions/{action}")
    String processAction(
            @PathVariable long id,
            @PathVariable String action,
            @Valid @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        Action a = action(action);
        if (!errors.hasErrors()) {
            try {
                handling.act(id, form.toCommand(a));
                redirect.addFlashAttribute("flash", "handling.web.done");
                return "redirect:/cases/" + id;
            } catch (InvalidInputException e) {
                for (InvalidInputException.FieldProblem p : e.problems()) {
                    String field = ActionForm.field(p.field());
                    if (field == null) {
                        errors.reject(p.messageKey(), p.arguments(), p.messageKey());
                    } else {
                        errors.rejectValue(field, p.messageKey(), p.arguments(), p.messageKey());
                    }
                }
            } catch (ConflictException e) {
                response.setStatus(409);
                model.addAttribute("conflict", "handling.web.conflict");
                return casePage(id, 0, model, null);
            } catch (GuardFailedException e) {
                response.setStatus(422);
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        boolean hasPickers = a == Action.ASSIGN || a == Action.TRANSFER;
        ActionFormInput input = ActionFormInput.refused(errors, hasPickers, messages, locale, pickers::chosen);
        return casePage(id, 0, model, new BlankActionForms.Refused(a, input));
    }

    @PostMapping("/cases/{id:\\d+}/attachments")
    String processUpload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "handling.web.error.noFile");
            }
            handling.attach(id, new NewAttachment(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("uploadError", e.problems().get(0));
            return casePage(id, 0, model, null);
        }
        redirect.addFlashAttribute("flash", "handling.web.uploaded");
        return "redirect:/cases/" + id;
    }

    @GetMapping("/cases/{id:\\d+}/attachments/{attachmentId:\\d+}")
    ResponseEntity<byte[]> showAttachment(@PathVariable long id, @PathVariable long attachmentId) {
        AttachmentContent a = handling.attachment(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.meta().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.meta().filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(a.data());
    }

    private static Action action(String path) {
        try {
            return Action.fromPath(path);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("action", path);
        }
    }

    private String casePage(long id, int eventsPage, Model model, BlankActionForms.Refused refused) {
        return oneRead.execute(status -> casePage(handling.get(id), eventsPage, model, refused));
    }

    private String casePage(CaseView c, int eventsPage, Model model, BlankActionForms.Refused refused) {
        CurrentUser user = CurrentUser.require();
        model.addAttribute("c", c);
        Page<EventView> timeline = handling.timeline(c.id(), new PageRequest(eventsPage, TIMELINE_SIZE, null, false));
        model.addAttribute("timeline", timeline);
        // The units this page names (assignments, clocks, replies, timeline), read in one query.
        Map<Long, String> unitNames = units.names(unitIds(c, timeline.items()));
        model.addAttribute("unitNames", unitNames);
        TimelineText.ForPage text = timelineText.forPage(unitNames);
        model.addAttribute("timelineText", text);
        model.addAttribute("timelineHtml", timelineHtml(c, timeline.items(), text));
        model.addAttribute("audit", handling.audit(c.id()));
        model.addAttribute("mayAttach", handling.mayAttach(c.id()));
        boolean unitUser = user.hasAny(Role.UNIT) && !user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN);
        model.addAttribute(
                "actionForms", blankForms.html(c, refused, unitUser, unitNames, this::leaders, contextPath()));
        return "handling/case";
    }

    /** Each event's HTML, rendered once per event, its lines and language (events never change). */
    private List<String> timelineHtml(CaseView c, List<EventView> events, TimelineText.ForPage text) {
        String contextPath = contextPath();
        List<String> html = new java.util.ArrayList<>(events.size());
        for (EventView e : events) {
            boolean moved = e.toState() != null && !e.toState().equals(e.fromState());
            html.add(fragments.html(
                    "handling/parts",
                    "timelineEvent",
                    Map.of(
                            "e",
                            e,
                            "lines",
                            text.lines(e),
                            "stateKey",
                            moved ? labels.state(c.kind(), e.toState()) : ""),
                    contextPath));
        }
        return html;
    }

    private static String contextPath() {
        String path = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .build()
                .getPath();
        return path == null ? "" : path;
    }

    private static Set<Long> unitIds(CaseView c, List<EventView> events) {
        Set<Long> ids = new HashSet<>(TimelineText.unitIds(events));
        for (AssignmentView a : c.assignments()) {
            ids.add(a.unitId());
            if (a.transferredToUnitId() != null) {
                ids.add(a.transferredToUnitId());
            }
        }
        for (ClockView k : c.clocks()) {
            if (k.unitId() != null) {
                ids.add(k.unitId());
            }
        }
        for (ReplyView r : c.replies()) {
            if (r.unitId() != null) {
                ids.add(r.unitId());
            }
        }
        return ids;
    }

    private List<AccountView> leaders() {
        return accounts.list(null, new PageRequest(0, PageRequest.MAX_SIZE, null, false)).items().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.LEADER))
                .toList();
    }
}
