package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import org.junit.jupiter.api.Test;

class WebjarLinksTests extends FullStackTest {

    @Test
    void webjarLinksAreVersionedAndOtherLinksLeftAlone() {
        var page = login("staff").page("/cases");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        // the resource chain still gives webjar links their version …
        assertThat(html).containsPattern("href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap\\.min\\.css\"");
        assertThat(html).containsPattern("src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\"");
        // … which the browser can load, while page links and our own assets are written as given
        String css = html.replaceAll("(?s).*href=\"(/webjars/bootstrap/[^\"]+)\".*", "$1");
        assertThat(anonymous().page(css).statusCode()).isEqualTo(200);
        assertThat(html).contains("href=\"/css/renda.css\"", "href=\"/cases\"");
    }
}
