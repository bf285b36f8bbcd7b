package cn.renda.core.web;

import cn.renda.core.PageLinks;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Offers {@code #links} (see {@link PageLinks}) in every template, error pages included. */
@Component
class RendaDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final PageLinks links;

    RendaDialect(PageLinks links) {
        super("renda");
        this.links = links;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("links");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return links;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
