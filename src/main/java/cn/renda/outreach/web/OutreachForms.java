package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Paging and service problems onto forms, for the outreach pages. */
final class OutreachForms {

    /** The categories offered (free text is allowed too). */
    static final java.util.List<String> CATEGORIES =
            java.util.List.of("城市建设", "交通出行", "生态环境", "教育", "医疗卫生", "社会保障", "农业农村", "社区治理", "营商环境", "其他");

    private OutreachForms() {}

    static PageRequest page(Integer page, String sort, String dir) {
        return new PageRequest(page == null ? 0 : Math.max(0, page), 20, sort, "desc".equalsIgnoreCase(dir));
    }

    static void apply(InvalidInputException e, BindingResult errors) {
        for (var p : e.problems()) {
            if (errors.getTarget() != null
                    && BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), p.field()) != null) {
                errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            } else {
                errors.reject(p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }
}
