package cn.renda.organization.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.organization.ImportRejectedException;
import cn.renda.organization.RegistryExcel;
import cn.renda.organization.StationCommand;
import cn.renda.organization.StationFilter;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationType;
import cn.renda.organization.StationView;
import cn.renda.organization.StudioKind;
import cn.renda.organization.web.Downloads;
import cn.renda.organization.web.StreetScope;
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

/** Stations: list, read, create, update, deactivate, Excel; street staff change only their street's stations. */
@RestController
@RequestMapping("/api/v1/stations")
@PreAuthorize("isAuthenticated()")
class StationApi {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN','STREET')";

    private final StationRegistry stations;
    private final StreetScope scope;
    private final RegistryExcel excel;
    private final MessageSource messages;

    StationApi(StationRegistry stations, StreetScope scope, RegistryExcel excel, MessageSource messages) {
        this.stations = stations;
        this.scope = scope;
        this.excel = excel;
        this.messages = messages;
    }

    @GetMapping
    Page<StationView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) StationType type,
            @RequestParam(required = false) StudioKind kind,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return stations.list(new StationFilter(q, type, kind, street, active), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    StationView get(@PathVariable long id) {
        return stations.get(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<StationView> create(@Valid @RequestBody StationCommand command) {
        scope.require(command.streetId());
        long id = stations.create(command);
        return ResponseEntity.created(URI.create("/api/v1/stations/" + id)).body(stations.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    StationView update(@PathVariable long id, @Valid @RequestBody StationCommand command) {
        scope.require(stations.get(id).streetId());
        scope.require(command.streetId());
        return stations.update(id, command);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    StationView deactivate(@PathVariable long id) {
        scope.require(stations.get(id).streetId());
        stations.deactivate(id);
        return stations.get(id);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize(WRITE)
    StationView activate(@PathVariable long id) {
        scope.require(stations.get(id).streetId());
        stations.activate(id);
        return stations.get(id);
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) StationType type,
            @RequestParam(required = false) StudioKind kind,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Boolean active) {
        return Downloads.xlsx("stations", excel.exportStations(new StationFilter(q, type, kind, street, active)));
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return Downloads.xlsx("stations-template", excel.template(RegistryExcel.Kind.STATIONS));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    Map<String, Integer> importStations(@RequestParam("file") MultipartFile file) throws IOException {
        return Map.of("imported", excel.importStations(file.getInputStream()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        return ImportProblems.of(e, messages);
    }
}
