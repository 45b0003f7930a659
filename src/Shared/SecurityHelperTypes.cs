namespace FinGuard.Shared;

/// <summary>
/// The one list of the helper types the generator can emit into <c>FinGuard.Security</c>, compiled into both the
/// generator and the fixes (a linked file: src/Shared/SecurityHelperTypes.cs). The generator's table
/// (<c>HelperGenerator.Helpers</c>) says which file declares which of them; the fixes need the names so that a new
/// <c>using FinGuard.Security;</c> never makes a user's own type of one of these names ambiguous (CS0104).
/// <c>HelperRegistryTests</c> checks that this list, the generator's table and the types declared in
/// src/FinGuard.Generators/Helpers agree.
/// </summary>
internal static class SecurityHelperTypes
{
    public const string Namespace = "FinGuard.Security";

    public static readonly string[] All =
    {
        "CardMasking", "ICardTokenizer", "CardToken", "FieldEncryption", "IFieldEncryptionKeyProvider",
        "ConfigurationFieldEncryptionKeyProvider", "FieldEncryptionKeys", "EncryptedStringConverter",
        "EncryptedDecimalConverter", "EncryptedInt64Converter", "FieldLookupHash", "FieldReEncryption", "ReEncryptionSummary",
        "FieldEncryptionServiceCollectionExtensions",
        "AuditTrail", "AuditRecord", "IAuditStore", "InMemoryAuditStore", "AuditVerification",
    };
}
