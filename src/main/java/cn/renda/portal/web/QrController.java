package cn.renda.portal.web;

import cn.renda.core.NotFoundException;
import cn.renda.core.PublicEndpoint;
import cn.renda.organization.DeputyView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationView;
import cn.renda.portal.internal.QrCodes;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * QR codes (码上见代表) of a station and of a deputy, leading to the portal's submit form for them. The address
 * in the code is the configured public base URL (so a printed code never carries a spoofed Host header), or the
 * address the page was requested on when none is configured.
 */
@Controller
class QrController {

    private final PublicCongress congress;
    private final StationRegistry stations;
    private final PersonRegistry people;
    private final QrCodes codes;
    private final String baseUrl;

    QrController(
            PublicCongress congress,
            StationRegistry stations,
            PersonRegistry people,
            QrCodes codes,
            @Value("${renda.portal.base-url:}") String baseUrl) {
        this.congress = congress;
        this.stations = stations;
        this.people = people;
        this.codes = codes;
        this.baseUrl = baseUrl;
    }

    @GetMapping(value = "/public/stations/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PublicEndpoint
    ResponseEntity<byte[]> stationCode(@PathVariable long id, @RequestParam(required = false) String congress) {
        StationView station = this.congress.call(congress, () -> stations.find(id)
                .filter(StationView::active)
                .orElseThrow(() -> new NotFoundException("station", id)));
        return png(base() + "/public/submit?station=" + station.id() + congressParam(congress));
    }

    @GetMapping(value = "/public/deputies/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @PublicEndpoint
    ResponseEntity<byte[]> deputyCode(@PathVariable long id, @RequestParam(required = false) String congress) {
        DeputyView deputy = this.congress.call(congress, () -> people.findDeputy(id)
                .filter(DeputyView::current)
                .orElseThrow(() -> new NotFoundException("deputy", id)));
        return png(
                base() + "/public/deputies/" + deputy.id() + (congress == null ? "" : "?congress=" + encode(congress)));
    }

    private ResponseEntity<byte[]> png(String url) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(codes.png(url, 360));
    }

    private String base() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String congressParam(String congress) {
        return congress == null || congress.isBlank() ? "" : "&congress=" + encode(congress);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
