package cn.renda.outreach.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.outreach.CitizenContactView;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.OpinionFilter;
import cn.renda.outreach.OpinionState;
import cn.renda.outreach.OpinionSummary;
import cn.renda.outreach.OpinionTier;
import cn.renda.outreach.OpinionView;
import cn.renda.outreach.VoterOpinions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Voter opinions for scripts and apps: the work list, one opinion, entering one (street staff) and the triage
 * steps. Errors are problem+json through the core exceptions.
 */
@RestController
@RequestMapping("/api/v1/outreach/opinions")
@PreAuthorize("hasAnyRole('STREET','STAFF','ADMIN','LEADER','DEPUTY')")
class VoterOpinionApiController {

    private static final String STREET_WRITE = "hasAnyRole('STREET','STAFF','ADMIN')";

    private final VoterOpinions opinions;

    VoterOpinionApiController(VoterOpinions opinions) {
        this.opinions = opinions;
    }

    /** Body: an opinion entered by street staff. */
    record NewOpinionRequest(
            @Size(max = 100) String title,
            @NotBlank @Size(max = 2000) String content,
            @Size(max = 50) String category,
            @Size(max = 50) String citizenName,
            @Size(max = 20) String citizenPhone) {}

    /** Body: a triage step (category, note) on the version seen. */
    record StreetRequest(
            @NotNull Long version, @NotBlank @Size(max = 50) String category, @Size(max = 1000) String note) {}

    /** Body: escalation to a unit (organization unit id). */
    record EscalateRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 50) String category,
            @NotNull Long unitId,
            @Size(max = 1000) String note) {}

    /** Body: the street's answer. */
    record AnswerRequest(@NotNull Long version, @NotBlank @Size(max = 2000) String reply, Boolean publish) {}

    @GetMapping
    Page<OpinionSummary> list(
            @RequestParam(required = false) OpinionState state,
            @RequestParam(required = false) OpinionTier tier,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return opinions.list(new OpinionFilter(state, tier, null, q), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    OpinionView get(@PathVariable long id) {
        return opinions.get(id);
    }

    /** The citizen's name and phone in full: only the street triaging the open opinion, audited (else 403). */
    @GetMapping("/{id}/contact")
    @PreAuthorize("hasRole('STREET')")
    CitizenContactView contact(@PathVariable long id) {
        return opinions.citizenContact(id);
    }

    @PostMapping
    @PreAuthorize(STREET_WRITE)
    ResponseEntity<OpinionView> create(@Valid @RequestBody NewOpinionRequest body) {
        return ResponseEntity.status(201)
                .body(opinions.record(NewOpinion.byStreet(
                        body.title(), body.content(), body.category(), body.citizenName(), body.citizenPhone())));
    }

    @PostMapping("/{id}/street")
    @PreAuthorize(STREET_WRITE)
    OpinionView handleAtStreet(@PathVariable long id, @Valid @RequestBody StreetRequest body) {
        return opinions.handleAtStreet(id, body.version(), body.category(), body.note());
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize(STREET_WRITE)
    OpinionView escalate(@PathVariable long id, @Valid @RequestBody EscalateRequest body) {
        return opinions.escalate(id, body.version(), body.category(), body.unitId(), body.note());
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(STREET_WRITE)
    OpinionView answer(@PathVariable long id, @Valid @RequestBody AnswerRequest body) {
        return opinions.answer(id, body.version(), body.reply(), body.publish() == null || body.publish());
    }
}
