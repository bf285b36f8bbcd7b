package cn.renda.outreach;

/** A photo's bytes with their content type, for download. */
public record PhotoContent(String contentType, byte[] data) {}
