package cn.renda.handling;

/** An attachment with its bytes, for download. */
public record AttachmentContent(AttachmentView meta, byte[] data) {}
