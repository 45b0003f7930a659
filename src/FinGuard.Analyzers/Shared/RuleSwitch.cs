using System.Threading;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Whether a hosted rule is off in a compilation, so that the host need not start its callbacks: every one of its
/// diagnostic IDs is suppressed in every file. The same question the analyzer driver asks of a whole analyzer, asked
/// of one rule inside <c>FinGuardAnalyzer</c>. Conservative: where the configuration sources disagree about an ID
/// (a rule set says none, a file's <c>.editorconfig</c> says warning), the rule stays on; the compiler still filters
/// what it reports per ID and per file, so a rule kept on here never shows a diagnostic that was turned off.
/// </summary>
internal static class RuleSwitch
{
    public static bool IsOff(ImmutableArray<DiagnosticDescriptor> descriptors, Compilation compilation, bool hasAdditionalFiles, CancellationToken cancellationToken)
    {
        if (descriptors.IsEmpty)
        {
            return false;
        }

        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            if (!IsOff(descriptor, compilation, hasAdditionalFiles, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOff(DiagnosticDescriptor descriptor, Compilation compilation, bool hasAdditionalFiles, CancellationToken cancellationToken)
    {
        string id = descriptor.Id;
        SyntaxTreeOptionsProvider? trees = compilation.Options.SyntaxTreeOptionsProvider;

        // Compilation-wide: /nowarn, a rule set, <NoWarn> (per-ID options) and a global analyzer config.
        bool hasSpecific = compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out ReportDiagnostic specific);
        ReportDiagnostic global = ReportDiagnostic.Default;
        bool hasGlobal = trees != null && trees.TryGetGlobalDiagnosticValue(id, cancellationToken, out global);
        bool offWithoutFileSetting = hasSpecific || hasGlobal
            ? (!hasSpecific || specific == ReportDiagnostic.Suppress) && (!hasGlobal || global == ReportDiagnostic.Suppress)
            : !descriptor.IsEnabledByDefault;

        // Diagnostics in additional files (configuration files) have no syntax tree: the compilation-wide setting decides.
        if (hasAdditionalFiles && !offWithoutFileSetting)
        {
            return false;
        }

        bool anyFile = false;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            anyFile = true;

            // A file's .editorconfig severity overrides the compilation-wide ones for that file.
            if (trees != null && trees.TryGetDiagnosticValue(tree, id, cancellationToken, out ReportDiagnostic inFile))
            {
                if (inFile != ReportDiagnostic.Suppress)
                {
                    return false;
                }
            }
            else if (!offWithoutFileSetting)
            {
                return false;
            }
        }

        // Every file has it off; with no file at all, only the compilation-wide setting counts (configuration files
        // are additional files, which rules such as FG4003 read without any C# file).
        if (anyFile)
        {
            return true;
        }

        return offWithoutFileSetting;
    }
}
