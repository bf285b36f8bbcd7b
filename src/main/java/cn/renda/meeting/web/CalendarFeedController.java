package cn.renda.meeting.web;

import cn.renda.identity.CurrentUser;
import cn.renda.meeting.MeetingFacade;
import cn.renda.meeting.MeetingView;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The iCalendar (RFC 5545) feed of the signed-in user's meetings, times in Asia/Shanghai. */
@Controller
@PreAuthorize("isAuthenticated()")
class CalendarFeedController {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final MeetingFacade meetings;

    CalendarFeedController(MeetingFacade meetings) {
        this.meetings = meetings;
    }

    @GetMapping("/meetings/calendar.ics")
    ResponseEntity<String> feed() {
        CurrentUser user = CurrentUser.require();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Renda//Meetings//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(TimeZoneRegistryFactory.getInstance()
                .createRegistry()
                .getTimeZone(ZONE.getId())
                .getVTimeZone());
        for (MeetingView m : meetings.meetingsOf(user)) {
            ZonedDateTime start = m.startsAt().atZone(ZONE);
            ZonedDateTime end =
                    m.endsAt() == null ? start.plusHours(2) : m.endsAt().atZone(ZONE);
            VEvent event = new VEvent(start, end, m.title());
            event.add(new Uid("meeting-" + m.id() + "-" + user.congressId() + "@renda"));
            if (m.place() != null && !m.place().isBlank()) {
                event.add(new Location(m.place()));
            }
            event.add(
                    switch (m.status()) {
                        case PLANNED -> new Status(Status.VALUE_TENTATIVE);
                        default -> new Status(Status.VALUE_CONFIRMED);
                    });
            calendar.add(event);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"meetings.ics\"")
                .body(calendar.toString());
    }
}
