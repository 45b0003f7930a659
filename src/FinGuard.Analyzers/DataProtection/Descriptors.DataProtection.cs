using Microsoft.CodeAnalysis;

namespace FinGuard.Analyzers
{
    public static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor UnencryptedFinancialField = Create(
            RuleIds.UnencryptedFinancialField,
            title: "Sensitive financial field stored unencrypted",
            messageFormat: "'{0}' holds {1} and is stored in plain text: encrypt it at field level, {2}",
            category: DataProtectionCategory,
            description: "Bank account numbers, IBANs, routing numbers and sort codes, social security, national and tax ids on persisted EF Core entities, and written through Dapper, must be encrypted at field level (AES-256-GCM) with managed, rotating keys. PCI DSS v4.0 requirements 3.5, 3.6 and 3.7.");

        public static readonly DiagnosticDescriptor UnencryptedBalanceOrAmount = Create(
            RuleIds.UnencryptedBalanceOrAmount,
            title: "Balance or amount stored unencrypted",
            messageFormat: "'{0}' holds a stored-value balance and is stored in plain text: encrypt it at field level, {1}, or turn FG3002 off where balances are not sensitive",
            category: DataProtectionCategory,
            description: "Stored-value balances (wallets, prepaid accounts) on persisted EF Core entities are the customer's money; encrypt them at field level (AES-256-GCM) where your data classification says so. Order and payment amounts are not reported. PCI DSS v4.0 requirement 3.5 (defence in depth).",
            severity: DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor WeakEncryption = Create(
            RuleIds.WeakEncryption,
            title: "Weak algorithm or mode for data encryption",
            messageFormat: "{0}: encrypt stored financial data with AES-256-GCM, for example FinGuard's FieldEncryption helper",
            category: DataProtectionCategory,
            description: "DES, 3DES, RC2, RC4 and home-made XOR ciphers are broken or deprecated, ECB leaks patterns, CBC without a MAC allows padding-oracle and bit-flipping attacks, and AES keys shorter than 256 bits fall short of the strong cryptography PCI DSS expects for stored account data. PCI DSS v4.0 requirements 3.5.1, 3.6 and 4.2.1.");

        public static readonly DiagnosticDescriptor StaticOrReusedNonce = Create(
            RuleIds.StaticOrReusedNonce,
            title: "Static, zero or reused IV or nonce",
            messageFormat: "{0}: generate a fresh IV/nonce with RandomNumberGenerator.Fill for every encryption and store it with the ciphertext",
            category: DataProtectionCategory,
            description: "An IV or nonce that is constant, all zeros, reused under one key or taken from a counter that restarts with the process breaks confidentiality (CBC, CTR) or, for AES-GCM, lets an attacker recover the authentication key and forge data. PCI DSS v4.0 requirements 3.5.1 and 3.6.");

        public static readonly DiagnosticDescriptor KeyInCode = Create(
            RuleIds.KeyInCode,
            title: "Encryption or HMAC key in code",
            messageFormat: "The {0} key comes from a literal in the source code: load it from configuration, a key provider or a KMS",
            category: DataProtectionCategory,
            description: "A key written in source is shared by every copy of the code, cannot be rotated and leaks with the repository. PCI DSS v4.0 requirements 3.6.1 and 3.7 (key generation, storage, rotation).");

        public static readonly DiagnosticDescriptor AccountDataLogged = Create(
            RuleIds.AccountDataLogged,
            title: "Account data written to a log",
            messageFormat: "'{0}' writes {1} to a log or message: log a masked form (last four digits) or a reference id instead",
            category: DataProtectionCategory,
            description: "Logs are copied to log stores, dashboards and support tickets with far weaker protection than the database; bank account numbers, IBANs and national or tax ids must not be written to them in the clear. PCI DSS v4.0 requirements 3.5 and 10.3 (protect audit logs), and most privacy regulations.");
    }
}
