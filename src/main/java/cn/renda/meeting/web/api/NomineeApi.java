package cn.renda.meeting.web.api;

import cn.renda.meeting.AppointmentVoting;
import cn.renda.meeting.NomineeCommand;
import cn.renda.meeting.NomineeView;
import cn.renda.meeting.VoteChoice;
import cn.renda.meeting.VoteCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Nominees of an appointment item voted person by person (逐人表决), and the constitutional oath. */
@RestController
@RequestMapping("/api/v1/meetings/items/{itemId}/nominees")
@PreAuthorize("isAuthenticated()")
class NomineeApi {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final AppointmentVoting voting;

    NomineeApi(AppointmentVoting voting) {
        this.voting = voting;
    }

    /**
     * Request: one nominee's vote, member by member ({@code members}: person id → choice, present members not listed
     * count as not voting; the tallies are derived) or as tallies.
     */
    record TallyRequest(
            @Size(max = 500) Map<Long, @NotNull VoteChoice> members,
            @PositiveOrZero Integer votesFor,
            @PositiveOrZero Integer votesAgainst,
            @PositiveOrZero Integer votesAbstain,
            @PositiveOrZero Integer votesNotVoting) {}

    /** Request: the day of the constitutional oath. */
    record OathRequest(@NotNull LocalDate oathOn, @Size(max = 500) String note) {}

    @GetMapping
    List<NomineeView> list(@PathVariable long itemId) {
        return voting.nominees(itemId);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<NomineeView> add(@PathVariable long itemId, @Valid @RequestBody NomineeCommand body) {
        return ResponseEntity.status(201).body(voting.addNominee(itemId, body));
    }

    @PostMapping("/{nomineeId}/vote")
    @PreAuthorize(WRITE)
    NomineeView vote(@PathVariable long itemId, @PathVariable long nomineeId, @Valid @RequestBody TallyRequest body) {
        return voting.vote(
                itemId,
                nomineeId,
                new VoteCommand(
                        body.members(),
                        body.votesFor(),
                        body.votesAgainst(),
                        body.votesAbstain(),
                        body.votesNotVoting()));
    }

    /** Each member's ballot on a nominee voted member by member (person id → choice). */
    @GetMapping("/{nomineeId}/ballots")
    Map<Long, VoteChoice> ballots(@PathVariable long itemId, @PathVariable long nomineeId) {
        return voting.ballots(itemId, nomineeId);
    }

    @PostMapping("/{nomineeId}/oath")
    @PreAuthorize(WRITE)
    NomineeView oath(@PathVariable long itemId, @PathVariable long nomineeId, @Valid @RequestBody OathRequest body) {
        return voting.recordOath(itemId, nomineeId, body.oathOn(), body.note());
    }
}
