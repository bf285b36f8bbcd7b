package cn.renda.supervision.web.api;

import cn.renda.handling.IdempotentExecutor;
import cn.renda.supervision.SupervisionFacade;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Creates supervision opinions; everything else goes through {@code /api/v1/cases}. */
@RestController
@RequestMapping("/api/v1/supervision")
class OpinionApiController {

    private final SupervisionFacade supervision;
    private final IdempotentExecutor idempotent;

    OpinionApiController(SupervisionFacade supervision, IdempotentExecutor idempotent) {
        this.supervision = supervision;
        this.idempotent = idempotent;
    }

    @PostMapping("/opinions")
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<?> create(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody OpinionRequest body) {
        return idempotent.execute(idempotencyKey, "POST /supervision/opinions", () -> ResponseEntity.status(201)
                .body(supervision.createOpinion(body.toCommand())));
    }
}
