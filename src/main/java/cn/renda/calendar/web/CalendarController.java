package cn.renda.calendar.web;

import cn.renda.calendar.CalendarDay;
import cn.renda.calendar.CalendarFacade;
import cn.renda.calendar.DayKind;
import cn.renda.calendar.NewDayOverride;
import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.PageRequest;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The month view of the congress's working-day calendar and, for ADMIN, its overrides. */
@Controller
@RequestMapping("/calendar")
@PreAuthorize("isAuthenticated()")
class CalendarController {

    /** The congresses work on Beijing time; "today" is marked in that zone whatever the server's zone. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CalendarFacade calendar;
    private final MessageSource messages;

    CalendarController(CalendarFacade calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** A cell of the month grid: the day, its look (CSS class), badge text key and screen-reader label key. */
    record Cell(CalendarDay day, String style, String badgeKey, String labelKey, boolean today) {

        static Cell of(CalendarDay day, LocalDate today) {
            String look;
            if (day.workday()) {
                look = day.kind() == DayKind.MAKEUP_WORKDAY ? "makeup" : "work";
            } else {
                // a named Saturday or Sunday (the first days of a break) is shown as part of the holiday
                look = day.kind() == DayKind.HOLIDAY || day.name() != null ? "holiday" : "weekend";
            }
            String badge =
                    switch (look) {
                        case "holiday" -> "calendar.badge.off";
                        case "makeup" -> "calendar.badge.work";
                        default -> null;
                    };
            return new Cell(
                    day,
                    "cal-" + look,
                    badge,
                    "calendar.kind." + look,
                    day.date().equals(today));
        }
    }

    /** Form: one override. */
    static final class OverrideForm {
        @NotNull
        @DateTimeFormat(iso = ISO.DATE)
        private LocalDate date;

        @NotNull
        private Boolean workday;

        @NotBlank
        @Size(max = CalendarFacade.MAX_NAME_LENGTH)
        private String name;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate v) {
            date = v;
        }

        public Boolean getWorkday() {
            return workday;
        }

        public void setWorkday(Boolean v) {
            workday = v;
        }

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }
    }

    @GetMapping
    String showMonth(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        LocalDate today = LocalDate.now(CHINA);
        YearMonth shown = month == null ? YearMonth.from(today) : month;
        List<CalendarDay> days = calendar.days(shown.atDay(1), shown.atEndOfMonth());
        model.addAttribute("month", shown);
        model.addAttribute("today", today);
        model.addAttribute("weeks", weeks(shown, days, today));
        model.addAttribute(
                "notable",
                days.stream()
                        .filter(d -> d.name() != null || d.override() || d.kind() == DayKind.HOLIDAY)
                        .toList());
        model.addAttribute(
                "workdays", days.stream().filter(CalendarDay::workday).count());
        model.addAttribute("nationalData", calendar.hasNationalSchedule(shown.getYear()));
        model.addAttribute("canEdit", isAdmin());
        return "calendar/month";
    }

    @GetMapping("/overrides")
    @PreAuthorize("hasRole('ADMIN')")
    String showOverrides(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model,
            Locale locale) {
        OverrideForm form = new OverrideForm();
        form.setDate(date);
        model.addAttribute("form", form);
        listModel(model, locale, new PageRequest(page, 20, sort, "desc".equals(dir)));
        return "calendar/overrides";
    }

    @PostMapping("/overrides")
    @PreAuthorize("hasRole('ADMIN')")
    String processAdd(
            @Valid @ModelAttribute("form") OverrideForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                calendar.addOverride(new NewDayOverride(form.getDate(), form.getWorkday(), form.getName()));
                redirect.addFlashAttribute("flash", "calendar.override.added");
                redirect.addFlashAttribute("flashArgs", form.getDate());
                return "redirect:/calendar/overrides";
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
            } catch (ConflictException e) {
                errors.rejectValue("date", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        listModel(model, locale, PageRequest.first());
        return "calendar/overrides";
    }

    @PostMapping("/overrides/{date}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String processRemove(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        try {
            calendar.removeOverride(date);
            redirect.addFlashAttribute("flash", "calendar.override.removed");
            redirect.addFlashAttribute("flashArgs", date);
        } catch (NotFoundException e) {
            // removed meanwhile (a second click or another admin): the list shows the current state
            redirect.addFlashAttribute("flashError", "calendar.override.gone");
        }
        return "redirect:/calendar/overrides";
    }

    private void listModel(Model model, Locale locale, PageRequest page) {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("false", messages.getMessage("calendar.override.off", null, locale));
        kinds.put("true", messages.getMessage("calendar.override.work", null, locale));
        model.addAttribute("kinds", kinds);
        model.addAttribute("page", calendar.overrides(page));
        model.addAttribute("firstYear", calendar.nationalYears().first());
        model.addAttribute("lastYear", calendar.nationalYears().last());
    }

    /** The month as rows of seven cells, Monday first; null cells pad the first and last week. */
    static List<List<Cell>> weeks(YearMonth month, List<CalendarDay> days, LocalDate today) {
        List<Cell> cells = new ArrayList<>(
                Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, null));
        days.forEach(d -> cells.add(Cell.of(d, today)));
        while (cells.size() % 7 != 0) {
            cells.add(null);
        }
        List<List<Cell>> weeks = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 7) {
            weeks.add(cells.subList(i, i + 7));
        }
        return weeks;
    }

    private static boolean isAdmin() {
        return CurrentUser.get().map(u -> u.hasAny(Role.ADMIN)).orElse(false);
    }
}
