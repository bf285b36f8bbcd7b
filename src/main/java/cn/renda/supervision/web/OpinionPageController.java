package cn.renda.supervision.web;

import cn.renda.core.InvalidInputException;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.UnitAssignment;
import cn.renda.organization.NamePickers;
import cn.renda.supervision.DocumentType;
import cn.renda.supervision.NewOpinion;
import cn.renda.supervision.SupervisionFacade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** STAFF create a supervision opinion (and issue it to the units at once if they wish) → the case page. */
@Controller
@PreAuthorize("hasRole('STAFF')")
class OpinionPageController {

    private static final Set<String> FIELDS =
            Set.of("title", "content", "category", "issues", "units", "sourceDate", "sourceReference");

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SupervisionFacade supervision;
    private final NamePickers pickers;

    OpinionPageController(SupervisionFacade supervision, NamePickers pickers) {
        this.supervision = supervision;
        this.pickers = pickers;
    }

    /** htmx: units for the opinion's 主办/协办/分办 pickers, by name or pinyin initials. */
    @GetMapping(value = "/supervision/opinions/new", params = "pick")
    String showUnitChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        if (!Set.of("leadUnit", "coUnits", "separateUnits").contains(pick)) {
            throw new cn.renda.core.NotFoundException("picker", pick);
        }
        model.addAttribute("choices", pickers.units(q, 15));
        model.addAttribute("name", pick);
        model.addAttribute("multiple", !"leadUnit".equals(pick));
        return "fragments/picker :: options";
    }

    /** Form: a new opinion; issues one per line, units as ids separated by commas. */
    static final class OpinionForm {
        @NotNull
        private DocumentType documentType = DocumentType.DELIBERATION;

        @NotBlank
        @Size(max = 300)
        private String title;

        @Size(max = 50000)
        private String content;

        @Size(max = 100)
        private String category;

        @Size(max = 300)
        private String sourceReference;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate sourceDate;

        @Size(max = 100000)
        private String issues;

        private Long leadUnit;

        @Size(max = 500)
        private String coUnits;

        @Size(max = 500)
        private String separateUnits;

        private boolean issueNow = true;

        List<String> issueList() {
            return issues == null
                    ? List.of()
                    : Arrays.stream(issues.split("\\R"))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        List<UnitAssignment> unitList() {
            List<UnitAssignment> out = new ArrayList<>();
            if (leadUnit != null) {
                out.add(new UnitAssignment(leadUnit, AssignmentRole.LEAD));
            }
            ids("coUnits", coUnits).forEach(id -> out.add(new UnitAssignment(id, AssignmentRole.CO)));
            ids("separateUnits", separateUnits).forEach(id -> out.add(new UnitAssignment(id, AssignmentRole.SEPARATE)));
            return out;
        }

        /** The ids in a picked list, ignoring anything that is not one. */
        static List<Long> quietIds(String value) {
            List<Long> out = new ArrayList<>();
            if (value != null) {
                for (String part : value.split("[,,、\\s]+")) {
                    if (part.matches("\\d{1,18}")) {
                        out.add(Long.parseLong(part));
                    }
                }
            }
            return out;
        }

        private static List<Long> ids(String field, String value) {
            List<Long> out = new ArrayList<>();
            if (value != null) {
                for (String part : value.split("[,,、\\s]+")) {
                    if (!part.isBlank()) {
                        try {
                            out.add(Long.parseLong(part.trim()));
                        } catch (NumberFormatException e) {
                            throw new InvalidInputException(field, "supervision.web.error.unitList");
                        }
                    }
                }
            }
            return out;
        }

        public DocumentType getDocumentType() {
            return documentType;
        }

        public void setDocumentType(DocumentType v) {
            documentType = v;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String v) {
            title = v;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String v) {
            content = v;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String v) {
            category = v;
        }

        public String getSourceReference() {
            return sourceReference;
        }

        public void setSourceReference(String v) {
            sourceReference = v;
        }

        public LocalDate getSourceDate() {
            return sourceDate;
        }

        public void setSourceDate(LocalDate v) {
            sourceDate = v;
        }

        public String getIssues() {
            return issues;
        }

        public void setIssues(String v) {
            issues = v;
        }

        public Long getLeadUnit() {
            return leadUnit;
        }

        public void setLeadUnit(Long v) {
            leadUnit = v;
        }

        public String getCoUnits() {
            return coUnits;
        }

        public void setCoUnits(String v) {
            coUnits = v;
        }

        public String getSeparateUnits() {
            return separateUnits;
        }

        public void setSeparateUnits(String v) {
            separateUnits = v;
        }

        public boolean isIssueNow() {
            return issueNow;
        }

        public void setIssueNow(boolean v) {
            issueNow = v;
        }
    }

    @GetMapping("/supervision/opinions/new")
    String showNewOpinion(Model model) {
        OpinionForm form = new OpinionForm();
        form.setSourceDate(LocalDate.now(SHANGHAI));
        model.addAttribute("form", form);
        return page(form, model);
    }

    @PostMapping("/supervision/opinions/new")
    String processNewOpinion(
            @Valid @ModelAttribute("form") OpinionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getSourceDate() != null && form.getSourceDate().isAfter(LocalDate.now(SHANGHAI))) {
            errors.rejectValue("sourceDate", "PastOrPresent");
        }
        if (errors.hasErrors()) {
            return page(form, model);
        }
        try {
            CaseView created = supervision.createOpinion(new NewOpinion(
                    form.getDocumentType(),
                    form.getTitle(),
                    form.getContent(),
                    form.getCategory(),
                    form.issueList(),
                    form.unitList(),
                    form.getSourceReference(),
                    form.getSourceDate(),
                    form.isIssueNow()));
            redirect.addFlashAttribute(
                    "flash", form.isIssueNow() ? "supervision.web.issued" : "supervision.web.created");
            return "redirect:/cases/" + created.id();
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldProblem p : e.problems()) {
                String field = "units".equals(p.field()) || "assignments".equals(p.field()) ? "leadUnit" : p.field();
                if (FIELDS.contains(field) || field.endsWith("Units") || field.equals("leadUnit")) {
                    errors.rejectValue(field, p.messageKey(), p.arguments(), p.messageKey());
                } else {
                    errors.reject(p.messageKey(), p.arguments(), p.messageKey());
                }
            }
            return page(form, model);
        }
    }

    private String page(OpinionForm form, Model model) {
        model.addAttribute("documentTypes", DocumentType.values());
        // the units already picked, by name (a re-shown form keeps its choices)
        model.addAttribute(
                "leadChoices", pickers.unitsById(form.getLeadUnit() == null ? List.of() : List.of(form.getLeadUnit())));
        model.addAttribute("coChoices", pickers.unitsById(OpinionForm.quietIds(form.getCoUnits())));
        model.addAttribute("separateChoices", pickers.unitsById(OpinionForm.quietIds(form.getSeparateUnits())));
        return "supervision/opinion-form";
    }
}
