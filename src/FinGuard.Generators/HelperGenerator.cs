using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Generators;

/// <summary>
/// Emits FinGuard's vetted helper types (namespace <c>FinGuard.Security</c>) into projects whose code names them.
/// Code fixes rewrite code to call these helpers instead of adding files: an added document breaks
/// <c>dotnet format</c> (NETSDK1022) and batch Fix All drops it.
/// A helper is not emitted when the compilation already sees one (for example through InternalsVisibleTo
/// from another FinGuard project, which would otherwise clash with CS0436), when a helper's required type is
/// missing (the EF Core converters need EF Core's ValueConverter), or when the project sets
/// <c>FinGuardEmitHelpers=false</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class HelperGenerator : IIncrementalGenerator
{
    private const string HelperNamespace = FinGuard.Shared.SecurityHelperTypes.Namespace;

    /// <summary>The helpers: the type names that trigger emission, and the embedded source that defines them.</summary>
    internal static readonly ImmutableArray<HelperSource> Helpers = ImmutableArray.Create(
        new HelperSource("CardMasking.cs", ImmutableArray.Create("CardMasking")),
        new HelperSource("ICardTokenizer.cs", ImmutableArray.Create("ICardTokenizer", "CardToken")),
        new HelperSource("FieldEncryption.cs", ImmutableArray.Create("FieldEncryption", "IFieldEncryptionKeyProvider", "ConfigurationFieldEncryptionKeyProvider", "FieldEncryptionKeys", "FieldLookupHash", "FieldReEncryption", "ReEncryptionSummary", "EncryptedStringConverter", "EncryptedDecimalConverter", "EncryptedInt64Converter", "AddFinGuardFieldEncryption"), AesGcm),
        new HelperSource("FieldEncryptionServiceCollectionExtensions.cs", ImmutableArray.Create("FieldEncryptionServiceCollectionExtensions", "AddFinGuardFieldEncryption"), AesGcm, "Microsoft.Extensions.DependencyInjection.IServiceCollection", "Microsoft.Extensions.DependencyInjection.ServiceDescriptor", "Microsoft.Extensions.Configuration.IConfiguration"),
        new HelperSource("FieldEncryptionConverters.cs", ImmutableArray.Create("EncryptedStringConverter", "EncryptedDecimalConverter", "EncryptedInt64Converter"), AesGcm, "Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter`2"),
        new HelperSource("AuditTrail.cs", ImmutableArray.Create("AuditTrail", "AuditRecord", "IAuditStore", "InMemoryAuditStore", "AuditVerification")));

    // FieldEncryption is AES-256-GCM: on .NET Framework and netstandard2.0 there is no AesGcm, so no helper (and no fix).
    private const string AesGcm = "System.Security.Cryptography.AesGcm";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Cheap syntactic filter: only identifiers spelled like a helper type are looked at.
        IncrementalValueProvider<ImmutableArray<string>> usedNames = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is IdentifierNameSyntax id && IsHelperTypeName(id.Identifier.ValueText),
                static (ctx, _) => ((IdentifierNameSyntax)ctx.Node).Identifier.ValueText)
            .Collect();

        IncrementalValueProvider<bool> enabled = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            !provider.GlobalOptions.TryGetValue("build_property.FinGuardEmitHelpers", out string? value)
            || !string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase));

        // A string, not an array: incremental steps compare values, and this one is re-evaluated on every edit.
        IncrementalValueProvider<string> alreadyVisible = context.CompilationProvider.Select(static (compilation, _) =>
        {
            var visible = new StringBuilder();
            foreach (HelperSource helper in Helpers)
            {
                INamedTypeSymbol? existing = compilation.GetTypeByMetadataName(HelperNamespace + "." + helper.TypeNames[0]);
                if ((existing != null && !IsFromThisGenerator(existing))
                    || !helper.RequiredTypes.All(required => compilation.GetTypeByMetadataName(required) != null))
                {
                    visible.Append(helper.FileName).Append(';');
                }
            }

            return visible.ToString();
        });

        context.RegisterSourceOutput(usedNames.Combine(enabled).Combine(alreadyVisible), static (spc, input) =>
        {
            ImmutableArray<string> names = input.Left.Left;
            bool isEnabled = input.Left.Right;
            string skip = input.Right;
            if (!isEnabled || names.IsEmpty)
            {
                return;
            }

            var wanted = new HashSet<string>(names, StringComparer.Ordinal);
            foreach (HelperSource helper in Helpers)
            {
                if (skip.IndexOf(helper.FileName + ";", StringComparison.Ordinal) >= 0 || !helper.IsNamedBy(wanted))
                {
                    continue;
                }

                spc.AddSource("FinGuard.Security." + helper.FileName.Replace(".cs", ".g.cs"), SourceText.From(ReadHelper(helper.FileName), Encoding.UTF8));
            }
        });
    }

    internal static bool IsHelperTypeName(string name)
    {
        foreach (HelperSource helper in Helpers)
        {
            foreach (string typeName in helper.TypeNames)
            {
                if (string.Equals(typeName, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The helper's source as shipped in this assembly.</summary>
    internal static string ReadHelper(string fileName)
    {
        using Stream? stream = typeof(HelperGenerator).Assembly.GetManifestResourceStream("FinGuard.Helpers." + fileName);
        if (stream == null)
        {
            throw new InvalidOperationException("FinGuard helper resource missing: " + fileName);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Our own emitted copy lives in a tree whose path names this generator; anything else is a real clash.
    private static bool IsFromThisGenerator(INamedTypeSymbol type)
    {
        foreach (Location location in type.Locations)
        {
            if (location.IsInSource && location.SourceTree?.FilePath.IndexOf("FinGuard.Generators", StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="FileName">The helper's file in Helpers/ (and its embedded resource).</param>
    /// <param name="TypeNames">The types the file declares; the first one tells whether the helper is already visible.</param>
    /// <param name="RequiredTypes">Metadata names of types the helper needs (e.g. AesGcm, EF Core's ValueConverter); not emitted without them.</param>
    internal sealed record HelperSource(string FileName, ImmutableArray<string> TypeNames, ImmutableArray<string> RequiredTypes)
    {
        public HelperSource(string fileName, ImmutableArray<string> typeNames, params string[] requiredTypes)
            : this(fileName, typeNames, requiredTypes.ToImmutableArray())
        {
        }

        public bool IsNamedBy(HashSet<string> names)
        {
            foreach (string typeName in TypeNames)
            {
                if (names.Contains(typeName))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
