package cn.renda.suggestion;

/** A deputy who signed: the lead (领衔) or a co-signer (附议). */
public record SignerView(Long personId, String name, boolean lead) {}
