package cn.renda.organization.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.organization.DeputyCommand;
import cn.renda.organization.DeputyFilter;
import cn.renda.organization.DeputyLevel;
import cn.renda.organization.DeputyView;
import cn.renda.organization.ImportRejectedException;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.RegistryExcel;
import cn.renda.organization.web.Downloads;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Deputies (people with a DEPUTY role): list, read, create (person + role), update, end mandate, Excel. */
@RestController
@RequestMapping("/api/v1/deputies")
@PreAuthorize("isAuthenticated()")
class DeputyApi {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final PersonRegistry people;
    private final RegistryExcel excel;
    private final MessageSource messages;

    DeputyApi(PersonRegistry people, RegistryExcel excel, MessageSource messages) {
        this.people = people;
        this.excel = excel;
        this.messages = messages;
    }

    /** Current deputies unless {@code all=true}. */
    @GetMapping
    Page<DeputyView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DeputyLevel level,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Long group,
            @RequestParam(required = false) Boolean all,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return people.deputies(
                new DeputyFilter(q, level, street, group, all == null || !all), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    DeputyView get(@PathVariable long id) {
        return people.deputy(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<DeputyView> create(@Valid @RequestBody DeputyCommand command) {
        long id = people.createDeputy(command);
        return ResponseEntity.created(URI.create("/api/v1/deputies/" + id)).body(people.deputy(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    DeputyView update(@PathVariable long id, @Valid @RequestBody DeputyCommand command) {
        return people.updateDeputy(id, command);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    DeputyView deactivate(@PathVariable long id) {
        people.deactivateDeputy(id);
        return people.deputy(id);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    DeputyView activate(@PathVariable long id) {
        people.activateDeputy(id);
        return people.deputy(id);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) DeputyLevel level,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Long group,
            @RequestParam(required = false) Boolean all) {
        return Downloads.xlsx(
                "deputies", excel.exportDeputies(new DeputyFilter(q, level, street, group, all == null || !all)));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("deputies-template", excel.template(RegistryExcel.Kind.DEPUTIES));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    Map<String, Integer> importDeputies(@RequestParam("file") MultipartFile file) throws IOException {
        boolean csv = RegistryExcel.isCsv(file.getOriginalFilename(), file.getContentType());
        try (var in = file.getInputStream()) {
            return Map.of("imported", csv ? excel.importDeputiesCsv(in) : excel.importDeputies(in));
        }
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        return ImportProblems.of(e, messages);
    }
}
