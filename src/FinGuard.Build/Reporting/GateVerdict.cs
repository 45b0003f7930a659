namespace FinGuard.Build.Reporting;

/// <summary>What the gate decided for one finding.</summary>
internal enum FindingStatus
{
    /// <summary>Fails the build.</summary>
    Blocking,

    /// <summary>Reported, does not fail the build (severity below the policy's blocking threshold).</summary>
    Reported,

    /// <summary>Would block, but a valid waiver in the policy covers it.</summary>
    Waived,

    /// <summary>Would block, but it is in the baseline (existed when the project adopted FinGuard).</summary>
    Baselined,

    /// <summary>Suppressed in source (#pragma, [SuppressMessage]); listed in the report only.</summary>
    Suppressed,

    /// <summary>In a path the policy excludes (tests, samples, generated code).</summary>
    Excluded,
}
