package cn.renda.meeting;

/** The bytes of a meeting document, for download. */
public record DocumentContent(String fileName, String contentType, byte[] content) {}
