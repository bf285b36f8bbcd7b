package cn.renda.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.outreach.OutreachSupport;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The public portal without an account: pages filled from the demo data, QR codes that lead to the right form. */
class PortalPagesTests extends OutreachSupport {

    @Test
    void homeShowsThemesStationsPerStreetAndPublishedAnswersWithoutSignIn() {
        HttpResponse<String> home = anonymous().page("/public");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("汤逊湖组团规划")
                .contains("城市更新")
                .contains("法泗街")
                .contains("五里界街");
        assertThat(home.body()).contains("class=\"card mb-2\"").doesNotContain("userMenu");
        // the seed's stories are among the published answers (other tests may have published newer ones)
        String results = anonymous().page("/public/results").body();
        assertThat(results).contains("停车位").contains("土地堂 西瓜王").contains("四位一体");
        // published answers carry nothing personal: no tracking codes, no phone numbers
        assertThat(results).doesNotContainPattern("\\d{4}-\\d{4}-\\d{4}").doesNotContain("****");
    }

    @Test
    void stationPageHasAPrintableQrCodeLeadingToItsSubmitForm() throws Exception {
        String list =
                anonymous().page("/public/stations?street=" + streetId("法泗街")).body();
        long station = Long.parseLong(find(list, "/public/stations/(\\d+)\""));
        String page = anonymous().page("/public/stations/" + station).body();
        assertThat(page)
                .contains("/public/stations/" + station + "/qr.png")
                .contains("/public/submit?station=" + station);
        assertThat(anonymous().page("/public/stations/" + station + "/print").body())
                .contains("扫码见代表");

        String decoded = decode("/public/stations/" + station + "/qr.png");
        assertThat(decoded).endsWith("/public/submit?station=" + station);
        String form = anonymous().page("/public/submit?station=" + station).body();
        assertThat(form)
                .contains("name=\"stationId\" value=\"" + station + "\"")
                .doesNotContain("id=\"streetId\"");
    }

    @Test
    void deputyPageShowsNoPhoneAndItsCodeLeadsToTheDeputy() throws Exception {
        String station = anonymous()
                .page("/public/stations/"
                        + find(
                                anonymous()
                                        .page("/public/stations?street=" + streetId("法泗街"))
                                        .body(),
                                "/public/stations/(\\d+)\""))
                .body();
        long deputy = Long.parseLong(find(station, "/public/deputies/(\\d+)\""));
        String page = anonymous().page("/public/deputies/" + deputy).body();
        assertThat(page).contains("/public/submit?deputy=" + deputy).doesNotContainPattern("1[3-9]\\d\\*{4}\\d{4}");
        assertThat(decode("/public/deputies/" + deputy + "/qr.png")).endsWith("/public/deputies/" + deputy);
    }

    @Test
    void publishedSuggestionsAreListedWithTheirAnswersAndUnpublishedOnesAreNot() {
        String list = anonymous().page("/public/suggestions").body();
        long id = Long.parseLong(find(list, "/public/suggestions/(\\d+)\""));
        HttpResponse<String> page = anonymous().page("/public/suggestions/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("答复").containsPattern("[ABCD] (已解决|正在解决|因条件限制|留作参考)");
        // a draft's or an internal case's id gives nothing away
        assertThat(anonymous().page("/public/suggestions/999999999").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCitizenWhoseOpinionADeputyTookUpSeesTheSuggestionsStateButNoInternalLink() {
        String code = json(get("staff", "/api/v1/outreach/opinions?state=TAKEN_UP&size=1"), 200)
                .path("items")
                .get(0)
                .path("code")
                .asString();
        String tracked = anonymous().page("/public/track?code=" + code).body();
        String block = find(tracked, "(?s)id=\"tracked-suggestion\">(.*?)</div>");
        assertThat(block).contains("代表已将您的意见转为代表建议").contains("草稿");
        assertThat(block).doesNotContain("/suggestions/");
        assertThat(anonymous().page("/public/track?code=" + code + "&lang=en").body())
                .contains("A deputy took your opinion up as a suggestion");
    }

    @Test
    void unknownCodeSaysSoAndEnglishWorks() {
        assertThat(anonymous().page("/public/track?code=0000-0000-0000").body()).contains("没有找到这个跟踪码");
        assertThat(anonymous().page("/public?lang=en").body())
                .contains("Submit an opinion")
                .contains("Published answers");
    }

    private String decode(String path) throws Exception {
        HttpResponse<byte[]> png = java.net.http.HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
    }
}
