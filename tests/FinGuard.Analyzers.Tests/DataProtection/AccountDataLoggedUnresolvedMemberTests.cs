using VerifyCS = FinGuard.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<FinGuard.Analyzers.DataProtection.AccountDataLoggedAnalyzer>;

namespace FinGuard.Analyzers.Tests.DataProtection;

/// <summary>
/// Issue 18, held-out set 23: a member of a type that is unresolved before restore (a message bus's handler context)
/// written into a template hole. Its type is unknown, so it is reported only where the member and the hole name the
/// same account data.
/// </summary>
public class AccountDataLoggedUnresolvedMemberTests
{
    [Fact]
    public Task An_unresolved_member_named_as_account_data_in_a_hole_of_the_same_name_is_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using Microsoft.Extensions.Logging;
using Bus.Sagas;
public class OnboardingFlow
{
    private readonly ILogger<OnboardingFlow> _logger;
    public OnboardingFlow(ILogger<OnboardingFlow> logger) => _logger = logger;
    public void OnIdentity(HandlerContext<IdentityGiven> ctx)
    {
        _logger.LogInformation("National id given: {Nin} for {Id}", {|FG3006:ctx.Message.NIN|}, ctx.CorrelationId);
        _logger.LogInformation("Payout account {Iban}", {|FG3006:ctx.Message.Iban|});
    }
}
""");

    [Fact]
    public Task Unresolved_members_whose_hole_names_something_else_or_no_account_data_are_not_reported() => VerifyCS.VerifyUnresolvedWithPackagesAsync("""

using Microsoft.Extensions.Logging;
using Bus.Sagas;
public class OnboardingFlow
{
    private readonly ILogger<OnboardingFlow> _logger;
    public OnboardingFlow(ILogger<OnboardingFlow> logger) => _logger = logger;
    public void OnIdentity(HandlerContext<IdentityGiven> ctx)
    {
        // The hole says it is a masked form, a status or a count; the member names no account data; or no hole at all.
        _logger.LogInformation("National id given: {MaskedNin}", ctx.Message.NIN);
        _logger.LogInformation("Validation: {Status}", ctx.Message.NIN);
        _logger.LogInformation("Step {Nin}", ctx.Message.Step);
        _logger.LogInformation("Customer {CorrelationId}", ctx.CorrelationId);
    }
}
""");
}
