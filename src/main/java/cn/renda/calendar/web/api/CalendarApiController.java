package cn.renda.calendar.web.api;

import cn.renda.calendar.CalendarFacade;
import cn.renda.calendar.DayOverride;
import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.calendar.NewDayOverride;
import cn.renda.calendar.WorkingCalendar;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Working days and due dates on the caller's congress calendar; ADMIN maintains the overrides. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    /** Largest {@code add} a client may ask for (ten years of calendar days). */
    static final int MAX_ADD = 3660;

    /** Query: the due date {@code add} units after {@code from}; the unit defaults to working days. */
    record DueDateQuery(
            @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @NotNull @Min(0) @Max(MAX_ADD) Integer add,
            LengthUnit unit) {}

    /** Answer: the due date. */
    record DueDate(LocalDate date) {}

    /** Query: the days of [from, to]. */
    record DaysQuery(
            @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate to) {}

    /** One day: whether it is worked, its holiday name, and whether the congress's override decided it. */
    record Day(LocalDate date, boolean workday, String name, boolean override) {}

    /** Request: make {@code date} a working day or a day off, with a name or reason. */
    record OverrideRequest(
            @NotNull LocalDate date,
            @NotNull Boolean workday,
            @NotBlank @Size(max = CalendarFacade.MAX_NAME_LENGTH) String name) {}

    private final WorkingCalendar calendar;
    private final CalendarFacade facade;

    CalendarApiController(WorkingCalendar calendar, CalendarFacade facade) {
        this.calendar = calendar;
        this.facade = facade;
    }

    @GetMapping("/workdays")
    @PreAuthorize("isAuthenticated()")
    DueDate dueDate(@Valid DueDateQuery query) {
        LengthUnit unit = query.unit() == null ? LengthUnit.WORKING_DAYS : query.unit();
        return new DueDate(calendar.add(query.from(), new Length(query.add(), unit)));
    }

    @GetMapping("/days")
    @PreAuthorize("isAuthenticated()")
    List<Day> days(@Valid DaysQuery query) {
        return facade.days(query.from(), query.to()).stream()
                .map(d -> new Day(d.date(), d.workday(), d.name(), d.override()))
                .toList();
    }

    @GetMapping("/overrides")
    @PreAuthorize("isAuthenticated()")
    Page<DayOverride> overrides(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return facade.overrides(new PageRequest(page, size, sort, "desc".equalsIgnoreCase(dir)));
    }

    @GetMapping("/overrides/{date}")
    @PreAuthorize("isAuthenticated()")
    DayOverride override(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        return facade.override(date).orElseThrow(() -> new NotFoundException("override", date));
    }

    @PostMapping("/overrides")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DayOverride> addOverride(@Valid @RequestBody OverrideRequest request) {
        DayOverride created = facade.addOverride(new NewDayOverride(request.date(), request.workday(), request.name()));
        return ResponseEntity.created(URI.create("/api/v1/calendar/overrides/" + created.date()))
                .body(created);
    }

    @DeleteMapping("/overrides/{date}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeOverride(@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
        facade.removeOverride(date);
    }
}
