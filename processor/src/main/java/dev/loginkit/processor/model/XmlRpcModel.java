package dev.loginkit.processor.model;

/**
 * An XML-RPC call, from {@code @XmlRpc}.
 *
 * @param method the {@code methodName}
 * @param struct whether the parameters form one struct
 */
public record XmlRpcModel(String method, boolean struct) {}
