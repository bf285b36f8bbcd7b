package cn.renda.organization.web;

import cn.renda.organization.RegistryExcel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Excel downloads with a dated, UTF-8 file name. */
public final class Downloads {

    private Downloads() {}

    public static ResponseEntity<byte[]> xlsx(String baseName, byte[] content) {
        String name = baseName + "-" + LocalDate.now() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RegistryExcel.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
