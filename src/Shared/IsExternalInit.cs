namespace System.Runtime.CompilerServices;

/// <summary>
/// The marker type the compiler needs for <c>init</c> accessors and records; netstandard2.0 lacks it (.NET 5 added it).
/// One copy per assembly-visibility group, never more: this file is linked into FinGuard.Analyzers,
/// FinGuard.Generators and FinGuard.Build, but not into FinGuard.CodeFixes, which sees the analyzers' copy through
/// <c>InternalsVisibleTo</c> (a second copy there would clash with it: CS0436, an error in src/).
/// Internal, so it never reaches users' compilations: the analyzer assemblies are loaded by the compiler, not
/// referenced, and the generator's helper sources (Helpers/) do not use it.
/// </summary>
internal static class IsExternalInit
{
}
