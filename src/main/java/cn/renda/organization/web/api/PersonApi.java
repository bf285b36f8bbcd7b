package cn.renda.organization.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.organization.PersonCommand;
import cn.renda.organization.PersonDetail;
import cn.renda.organization.PersonFilter;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.PersonView;
import cn.renda.organization.RoleCommand;
import cn.renda.organization.RoleKind;
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

/** People and their roles: list, read (with role history), create, update, add a role. */
@RestController
@RequestMapping("/api/v1/people")
@PreAuthorize("isAuthenticated()")
class PersonApi {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final PersonRegistry people;

    PersonApi(PersonRegistry people) {
        this.people = people;
    }

    @GetMapping
    Page<PersonView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) RoleKind role,
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return people.list(new PersonFilter(q, role, street, active), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    PersonDetail get(@PathVariable long id) {
        return people.get(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<PersonDetail> create(@Valid @RequestBody PersonCommand command) {
        long id = people.create(command);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(people.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    PersonDetail update(@PathVariable long id, @Valid @RequestBody PersonCommand command) {
        people.update(id, command);
        return people.get(id);
    }

    @PostMapping("/{id}/roles")
    @PreAuthorize(WRITE)
    ResponseEntity<PersonDetail> addRole(@PathVariable long id, @Valid @RequestBody RoleCommand role) {
        people.addRole(id, role);
        return ResponseEntity.status(201).body(people.get(id));
    }
}
