package cn.renda.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The outreach pages over the demo data: overview with coverage, themes and orders, activities, duty, training. */
class OutreachPagesTests extends OutreachSupport {

    @Test
    void overviewShowsTheYearsThemesAndEveryStreetsFigures() {
        String page = login("staff").page("/outreach").body();
        assertThat(page).contains("汤逊湖组团规划").contains("赏荷采莲节").contains("id=\"coverage\"");
        assertThat(page.split("/outreach/activities\\?street=").length - 1).isEqualTo(13);
        assertThat(login("deputy").page("/outreach").body()).contains("id=\"my-qr\"");
    }

    @Test
    void streetPublishesItsOwnThemeAndAGroupOrdersIt() {
        Session street = login("street");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        HttpResponse<String> published = street.formPost(
                "/outreach/themes/new",
                "title=" + enc("稻虾共作推广") + "&guidance=" + enc("走访种养大户") + "&year=" + year + "&quarter=4",
                "/outreach/themes/new");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        String location = published.headers().firstValue("Location").orElseThrow();
        long theme = Long.parseLong(find(location, "/outreach/themes/(\\d+)"));
        String page = street.page("/outreach/themes/" + theme).body();
        assertThat(page).contains("稻虾共作推广").contains("法泗街");
        long group = Long.parseLong(find(page, "<option value=\"(\\d+)\">法泗街"));
        HttpResponse<String> ordered = street.formPost(
                "/outreach/themes/" + theme + "/orders",
                "groupId=" + group + "&plannedActivities=2&plan=" + enc("两次入户走访"),
                "/outreach/themes/" + theme);
        assertThat(ordered.statusCode()).isEqualTo(302);
        assertThat(street.page("/outreach/themes/" + theme).body())
                .contains("两次入户走访")
                .contains("已开展0次，计划2次");
        // a second order of the same group is refused with a message, not a duplicate
        street.formPost(
                "/outreach/themes/" + theme + "/orders",
                "groupId=" + group + "&plannedActivities=1",
                "/outreach/themes/" + theme);
        assertThat(street.page("/outreach/themes/" + theme).body().split("两次入户走访").length - 1)
                .isEqualTo(1);
    }

    @Test
    void activitiesDutyAndTrainingPagesShowTheDemoRecords() {
        Session staff = login("staff");
        String activities = staff.page("/outreach/activities").body();
        assertThat(activities).contains("主题活动").contains("接触选民");
        String duty = staff.page("/outreach/duty").body();
        assertThat(duty).contains("代表工作室").contains("接待选民");
        String training = staff.page("/outreach/training").body();
        assertThat(training).contains("人大知识专题讲座").contains("考察学习");
        assertThat(login("unit").page("/outreach").statusCode()).isEqualTo(403);
    }

    private static final String TODAY =
            LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    /** A real photo-sized PNG (so a thumbnail has something to shrink). */
    private static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x += 10) {
            image.setRGB(x, x % height, 0x3366cc);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A multipart/form-data post of text fields and files ({name, filename, type, bytes}) with the page's CSRF token. */
    private HttpResponse<String> multipart(
            Session session, String csrfPage, String path, List<String[]> fields, List<Object[]> files) {
        String boundary = "----renda" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<String[]> all = new ArrayList<>(fields);
        all.add(new String[] {"_csrf", csrf(session.page(csrfPage).body())});
        for (String[] f : all) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n"
                            + f[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        for (Object[] f : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"; filename=\""
                            + f[1] + "\"\r\nContent-Type: " + f[2] + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes((byte[]) f[3]);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static List<String[]> activityFields(String title) {
        return List.of(
                new String[] {"title", title},
                new String[] {"heldOn", TODAY},
                new String[] {"place", "湖畔社区"},
                new String[] {"votersMet", "8"},
                new String[] {"summary", "现场拍照记录"});
    }

    @Test
    void aDeputyRecordsAnActivityWithAPhotoTakenOnThePhoneAndDeletesIt() throws IOException {
        Session deputy = login("deputy");
        HttpResponse<String> saved = multipart(
                deputy,
                "/outreach/activities/new",
                "/outreach/activities/new",
                activityFields("湖畔社区巡河"),
                List.<Object[]>of(new Object[] {"photos", "river.png", "image/png", png(1600, 1200)}));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long activity = Long.parseLong(
                find(saved.headers().firstValue("Location").orElseThrow(), "/outreach/activities/(\\d+)"));
        String page = deputy.page("/outreach/activities/" + activity).body();
        assertThat(page).contains("活动照片（1张）").contains("id=\"photo-form\"");
        long photo = Long.parseLong(find(page, "/outreach/photos/(\\d+)/thumbnail"));

        // the thumbnail is a small JPEG, the photo itself the uploaded PNG
        HttpResponse<byte[]> thumb = deputy.bytes("/outreach/photos/" + photo + "/thumbnail");
        assertThat(thumb.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(320);
        assertThat(deputy.bytes("/outreach/photos/" + photo)
                        .headers()
                        .firstValue("Content-Type")
                        .orElse(""))
                .startsWith("image/png");

        // a second photo from the activity page; a text file posing as a photo is refused with a message
        assertThat(multipart(
                                deputy,
                                "/outreach/activities/" + activity,
                                "/outreach/activities/" + activity + "/photos",
                                List.of(),
                                List.<Object[]>of(new Object[] {"photo", "b.png", "image/png", png(640, 480)}))
                        .statusCode())
                .isEqualTo(302);
        multipart(
                deputy,
                "/outreach/activities/" + activity,
                "/outreach/activities/" + activity + "/photos",
                List.of(),
                List.<Object[]>of(
                        new Object[] {"photo", "x.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8)}));
        page = deputy.page("/outreach/activities/" + activity).body();
        assertThat(page).contains("活动照片（2张）");

        // another deputy's activity is not theirs to change: a unit officer cannot even see the page
        assertThat(login("unit").page("/outreach/photos/" + photo).statusCode()).isEqualTo(403);

        // the recorder deletes a photo (the page asks for confirmation first)
        assertThat(page).contains("data-confirm=\"确定删除这张照片吗？\"");
        HttpResponse<String> deleted = deputy.formPost(
                "/outreach/activities/" + activity + "/photos/" + photo + "/delete",
                "",
                "/outreach/activities/" + activity);
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deputy.page("/outreach/activities/" + activity).body())
                .contains("活动照片（1张）")
                .doesNotContain("/outreach/photos/" + photo + "/thumbnail");
    }

    @Test
    void aBadPhotoOnTheRecordFormWritesNoActivityAndSaysWhy() {
        Session deputy = login("deputy");
        HttpResponse<String> refused = multipart(
                deputy,
                "/outreach/activities/new",
                "/outreach/activities/new",
                activityFields("不应保存的活动"),
                List.<Object[]>of(
                        new Object[] {"photos", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)}));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains("不应保存的活动");
        assertThat(login("staff")
                        .page("/outreach/activities?sort=heldOn&dir=desc")
                        .body())
                .doesNotContain("不应保存的活动");
    }

    @Test
    void streetPutsDeputiesOnDutyByNameAndTheirRecordsShowTheDay() {
        Session street = login("street");
        String duty = street.page("/outreach/duty").body();
        long station = Long.parseLong(find(duty, "<option value=\"(\\d+)\">"));
        Matcher registry = Pattern.compile("href=\"/registry/deputies/(\\d+)\"[^>]*>([^<]+)<")
                .matcher(login("staff").page("/registry/deputies").body());
        assertThat(registry.find()).isTrue();
        long deputy = Long.parseLong(registry.group(1));
        String choices = street.page("/outreach/duty?pick=deputies&q="
                        + enc(registry.group(2).trim()))
                .body();
        assertThat(choices).contains("name=\"deputyIds\"").contains("value=\"" + deputy + "\"");
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(200).toString();
        HttpResponse<String> scheduled = street.formPost(
                "/outreach/duty", "stationId=" + station + "&dutyOn=" + day + "&deputyIds=" + deputy, "/outreach/duty");
        assertThat(scheduled.statusCode()).isEqualTo(302);
        String list = street.page("/outreach/duty?station=" + station + "&from=" + day)
                .body();
        long dutyId = Long.parseLong(find(list, "/outreach/duty/(\\d+)\""));
        String dayPage = street.page("/outreach/duty/" + dutyId).body();
        assertThat(find(dayPage, "(?s)id=\"on-duty\">(.*?)</dd>")).contains("/outreach/deputies/" + deputy);
        assertThat(street.page("/outreach/deputies/" + deputy + "?year=" + day.substring(0, 4))
                        .body())
                .contains("/outreach/duty/" + dutyId + "\"");
        // an unknown person is refused and the roster stays as it was
        street.formPost("/outreach/duty/" + dutyId + "/roster", "deputyIds=999999999", "/outreach/duty/" + dutyId);
        assertThat(find(street.page("/outreach/duty/" + dutyId).body(), "(?s)id=\"on-duty\">(.*?)</dd>"))
                .contains("/outreach/deputies/" + deputy);
    }

    @Test
    void staffRecordsWhoAttendedATrainingAndTheDeputysOwnPageCountsIt() {
        Session staff = login("staff");
        String list = staff.page("/outreach/training").body();
        long training = Long.parseLong(find(list, "/outreach/training/(\\d+)\""));
        Session deputy = login("deputy");
        String mine = deputy.page("/outreach/deputies/me")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        long me = Long.parseLong(find(mine, "/outreach/deputies/(\\d+)"));
        String page = staff.page("/outreach/training/" + training).body();
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("name=\"deputyIds\" value=\"(\\d+)\"").matcher(page);
        while (m.find()) {
            if (!m.group(1).equals(String.valueOf(me))) {
                ids.add("deputyIds=" + m.group(1));
            }
        }
        ids.add("deputyIds=" + me);
        HttpResponse<String> saved = staff.formPost(
                "/outreach/training/" + training + "/attendance",
                String.join("&", ids),
                "/outreach/training/" + training);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(find(staff.page("/outreach/training/" + training).body(), "(?s)id=\"attendees\">(.*?)</ul>"))
                .contains("/outreach/deputies/" + me);
        int year = Integer.parseInt(find(page, "(\\d{4})-\\d{2}-\\d{2}"));
        String record =
                deputy.page("/outreach/deputies/" + me + "?year=" + year).body();
        assertThat(find(record, "(?s)id=\"record-trainings\">(.*?)</ul>"))
                .contains("/outreach/training/" + training + "\"");
        // a deputy sees only their own record; the committee sees every deputy's figures
        long other = Long.parseLong(find(page, "/outreach/deputies/(\\d+)\""));
        if (other != me) {
            assertThat(deputy.page("/outreach/deputies/" + other).statusCode()).isEqualTo(403);
        }
        String figures = staff.page("/outreach/figures?year=" + year + "&sort=trainings&dir=desc")
                .body();
        assertThat(figures).contains("id=\"figures-totals\"").contains("/outreach/deputies/");
        assertThat(deputy.page("/outreach/figures").statusCode()).isEqualTo(403);
        // as the outreach page links it, with no sort: by name (a null sort key used to answer 500)
        var unsorted = staff.page("/outreach/figures");
        assertThat(unsorted.statusCode()).isEqualTo(200);
        assertThat(unsorted.body()).contains("id=\"figures-totals\"");
    }

    @Test
    void waitingWorkShowsOnTheHomePageAndAsNavigationBadges() {
        assertThat(login("street").page("/").body()).contains("待分办的选民意见");
        assertThat(login("staff").page("/").body()).contains("本年度尚未照单落实的点单");
        assertThat(login("deputy").page("/").body()).contains("我收集的选民意见正在办理");
    }
}
