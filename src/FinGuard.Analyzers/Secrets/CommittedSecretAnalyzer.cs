using System.IO;
using Microsoft.CodeAnalysis.Text;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Secrets;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SecretInConfiguration = RuleFactory.Create(
        RuleIds.SecretInConfiguration,
        title: "Secret in committed configuration",
        messageFormat: "'{0}' holds {1} in committed configuration: move the value to user secrets, environment variables or a secret store and leave a placeholder",
        category: RuleFactory.SecretsCategory,
        description: "appsettings*.json, *.config, launchSettings.json and Azure Functions' local.settings.json are committed with the code; credentials in them are as exposed as credentials in source. PCI DSS v4.0 requirement 8.3.");
}

/// <summary>
/// FG4003: credentials in committed configuration files (<c>appsettings*.json</c>, <c>*.config</c>,
/// <c>launchSettings.json</c>, Azure Functions' <c>local.settings.json</c>), which FinGuard's package passes to the analyzers as AdditionalFiles. Reports the
/// value's file and line. Placeholders are fine; files named in <c>finguard.secrets.excluded_config_files</c> are
/// skipped; a file that does not parse is skipped silently. PCI DSS v4.0 8.3.
/// </summary>
public sealed class CommittedSecretAnalyzer : DiagnosticAnalyzer
{
    // Larger files are generated or data, not hand-written settings.
    private const int MaxFileLength = 2 * 1024 * 1024;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretInConfiguration);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    internal static ConfigFileKind KindOf(string path)
    {
        string name = Path.GetFileName(path);
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && (name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || name.Equals("launchSettings.json", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("local.settings", StringComparison.OrdinalIgnoreCase)))
        {
            return ConfigFileKind.Json;
        }

        return name.EndsWith(".config", StringComparison.OrdinalIgnoreCase) ? ConfigFileKind.Xml : ConfigFileKind.None;
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        AdditionalText file = context.AdditionalFile;
        ConfigFileKind kind = KindOf(file.Path ?? string.Empty);
        if (kind == ConfigFileKind.None)
        {
            return;
        }

        var options = new FinGuardOptions(context.Options.AnalyzerConfigOptionsProvider);
        if (SecretsOptions.MatchesAnyFileName(Path.GetFileName(file.Path), options.GetExcludedConfigFiles(file)))
        {
            return;
        }

        SourceText? text = file.GetText(context.CancellationToken);
        if (text == null || text.Length == 0 || text.Length > MaxFileLength)
        {
            return;
        }

        var findings = new List<ConfigFinding>();
        if (kind == ConfigFileKind.Json)
        {
            ConfigFileScanner.ScanJson(text.ToString(), findings);
        }
        else
        {
            ConfigFileScanner.ScanXml(text, findings);
        }

        foreach (ConfigFinding finding in findings)
        {
            if (finding.Start < 0 || finding.Start + finding.Length > text.Length)
            {
                continue;
            }

            var span = new TextSpan(finding.Start, finding.Length);
            if (EnvironmentStandIns.AppliesTo(finding.What) && EnvironmentStandIns.IsStandIn(Path.GetFileName(file.Path!), text.ToString(span))
                && !EnvironmentStandIns.BaseSettingsHold(file, context.Options.AdditionalFiles, text.ToString(span), context.CancellationToken))
            {
                continue;
            }

            Location location = Location.Create(file.Path!, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretInConfiguration, location, symbol: null, finding.Key, finding.What));
        }
    }

    internal enum ConfigFileKind
    {
        None,
        Json,
        Xml,
    }
}
