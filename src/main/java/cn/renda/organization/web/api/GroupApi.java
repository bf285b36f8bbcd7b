package cn.renda.organization.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.organization.GroupCommand;
import cn.renda.organization.GroupFilter;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.GroupView;
import cn.renda.organization.web.StreetScope;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deputy groups: list, read (with members), create, update, deactivate; street staff only in their street. */
@RestController
@RequestMapping("/api/v1/groups")
@PreAuthorize("isAuthenticated()")
class GroupApi {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN','STREET')";

    private final GroupRegistry groups;
    private final StreetScope scope;

    GroupApi(GroupRegistry groups, StreetScope scope) {
        this.groups = groups;
        this.scope = scope;
    }

    @GetMapping
    Page<GroupView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Boolean professional,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return groups.list(new GroupFilter(q, street, professional, active), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    GroupView get(@PathVariable long id) {
        return groups.get(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<GroupView> create(@Valid @RequestBody GroupCommand command) {
        scope.require(command.streetId());
        long id = groups.create(command);
        return ResponseEntity.created(URI.create("/api/v1/groups/" + id)).body(groups.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    GroupView update(@PathVariable long id, @Valid @RequestBody GroupCommand command) {
        scope.require(groups.get(id).streetId());
        scope.require(command.streetId());
        return groups.update(id, command);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize(WRITE)
    GroupView deactivate(@PathVariable long id) {
        scope.require(groups.get(id).streetId());
        groups.deactivate(id);
        return groups.get(id);
    }
}
