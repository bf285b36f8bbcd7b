package cn.renda.meeting.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.meeting.AppointmentAction;
import cn.renda.meeting.AppointmentFilter;
import cn.renda.meeting.AppointmentView;
import cn.renda.meeting.RegisterFacade;
import cn.renda.meeting.ResolutionUpdate;
import cn.renda.meeting.ResolutionView;
import cn.renda.meeting.YearCounts;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The resolutions and appointments registers and the year's figures of the meeting work. */
@RestController
@PreAuthorize("isAuthenticated()")
class RegisterApi {

    private final RegisterFacade registers;

    RegisterApi(RegisterFacade registers) {
        this.registers = registers;
    }

    @GetMapping("/api/v1/resolutions")
    Page<ResolutionView> resolutions(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return registers.resolutions(year, Paging.of(page, size, sort, dir));
    }

    @GetMapping("/api/v1/resolutions/{id}")
    ResolutionView resolution(@PathVariable long id) {
        return registers.resolution(id);
    }

    @PutMapping("/api/v1/resolutions/{id}")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    ResolutionView updateResolution(@PathVariable long id, @Valid @RequestBody ResolutionUpdate update) {
        return registers.updateResolution(id, update);
    }

    @GetMapping("/api/v1/appointments")
    Page<AppointmentView> appointments(
            @RequestParam(required = false) AppointmentAction action,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long meeting,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return registers.appointments(new AppointmentFilter(action, year, meeting), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/api/v1/appointments/{id}")
    AppointmentView appointment(@PathVariable long id) {
        return registers.appointment(id);
    }

    @GetMapping("/api/v1/meetings/statistics/{year}")
    YearCounts counts(@PathVariable int year) {
        return registers.counts(year);
    }
}
