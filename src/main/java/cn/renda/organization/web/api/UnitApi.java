package cn.renda.organization.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.organization.ImportRejectedException;
import cn.renda.organization.RegistryExcel;
import cn.renda.organization.UnitCommand;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitFilter;
import cn.renda.organization.UnitType;
import cn.renda.organization.UnitView;
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

/** Handling units: list, read, create, update, deactivate, Excel export and import. */
@RestController
@RequestMapping("/api/v1/units")
@PreAuthorize("isAuthenticated()")
class UnitApi {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final UnitDirectory units;
    private final RegistryExcel excel;
    private final MessageSource messages;

    UnitApi(UnitDirectory units, RegistryExcel excel, MessageSource messages) {
        this.units = units;
        this.excel = excel;
        this.messages = messages;
    }

    @GetMapping
    Page<UnitView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return units.list(new UnitFilter(q, type, street, active), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    UnitView get(@PathVariable long id) {
        return units.get(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<UnitView> create(@Valid @RequestBody UnitCommand command) {
        long id = units.create(command);
        return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(units.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    UnitView update(@PathVariable long id, @Valid @RequestBody UnitCommand command) {
        return units.update(id, command);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    UnitView deactivate(@PathVariable long id) {
        units.deactivate(id);
        return units.get(id);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    UnitView activate(@PathVariable long id) {
        units.activate(id);
        return units.get(id);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UnitType type,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Boolean active) {
        return Downloads.xlsx("units", excel.exportUnits(new UnitFilter(q, type, street, active)));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("units-template", excel.template(RegistryExcel.Kind.UNITS));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    Map<String, Integer> importUnits(@RequestParam("file") MultipartFile file) throws IOException {
        return Map.of("imported", excel.importUnits(file.getInputStream()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        return ImportProblems.of(e, messages);
    }
}
