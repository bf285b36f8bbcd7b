package cn.renda.handling;

/** Command: attach a file to a case (size and content type are checked). */
public record NewAttachment(String filename, String contentType, byte[] data) {}
