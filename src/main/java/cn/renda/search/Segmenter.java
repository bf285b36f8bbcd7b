package cn.renda.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * Segments Chinese (and mixed) text into terms with Lucene's SmartChineseAnalyzer (its stop words plus
 * a few function words that carry no topic); the analyzer is thread-safe and built once.
 */
@Component
class Segmenter {

    /** Function words and boilerplate of suggestion texts that would only add noise. */
    private static final Set<String> STOP = Set.of(
            "的", "了", "和", "与", "及", "在", "对", "等", "是", "为", "将", "把", "有", "也", "就", "都", "而", "并", "或", "其", "这",
            "那", "我", "我们", "你", "他", "她", "它", "被", "从", "向", "以", "于", "中", "上", "下", "个", "之", "所", "关于", "建议",
            "进一步", "一些", "一个", "目前", "存在", "问题", "情况", "方面", "相关", "工作", "有关", "通过", "进行", "开展", "希望", "请", "由于", "因此",
            "但是", "同时", "已经", "没有", "不", "很", "较", "还", "要", "能", "会");

    private final SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer(true);

    /** The terms of the text in order (with repetitions). */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString().toLowerCase(Locale.ROOT);
                if (!t.isBlank() && !STOP.contains(t) && t.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    out.add(t.length() > 60 ? t.substring(0, 60) : t);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Term frequencies of the text, in order of first occurrence. */
    Map<String, Integer> frequencies(String text) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        for (String t : terms(text)) {
            tf.merge(t, 1, Integer::sum);
        }
        return tf;
    }
}
