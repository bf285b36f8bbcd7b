package cn.renda.portal.web;

import cn.renda.core.NotFoundException;
import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The congress a public page is about: {@code ?congress=code}, or the installation's default. */
@Component
class PublicCongress {

    private final CongressFacade congresses;
    private final String defaultCode;

    PublicCongress(CongressFacade congresses, @Value("${renda.portal.default-congress:jiangxia}") String defaultCode) {
        this.congresses = congresses;
        this.defaultCode = defaultCode;
    }

    /** Runs the work with the congress bound (its facades then open their transactions on it). */
    <T> T call(String code, Supplier<T> work) {
        String c = code == null || code.isBlank() ? defaultCode : code.strip();
        long id = congresses.idByCode(c).orElseThrow(() -> new NotFoundException("congress", c));
        return TenantContext.callAs(id, work::get);
    }
}
