package cn.renda.handling;

/** Formats a case number, e.g. 江夏人大〔2023〕审议意见第7号. */
@FunctionalInterface
public interface NumberFormat {

    String format(NumberContext context);

    /** {@code <prefix>〔<year>〕<document type>第<n>号} with the default prefix. */
    static NumberFormat standard(java.util.function.Function<NumberContext, String> documentType) {
        return c -> c.defaultPrefix() + "〔" + c.year() + "〕" + documentType.apply(c) + "第" + c.sequence() + "号";
    }
}
