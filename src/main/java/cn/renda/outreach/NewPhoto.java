package cn.renda.outreach;

/** Command: a photo as uploaded (file name and type as the browser sent them). */
public record NewPhoto(String fileName, String contentType, byte[] data) {}
