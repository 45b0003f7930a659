// Stand-in for the Checkout.com .NET SDK (namespace Checkout): only the members FinGuard's rules look at.
namespace Checkout
{
    public enum Environment { Sandbox, Production }

    // ICheckoutApi is declared in CheckoutCom.cs with the clients the idempotency rules look at.

    public static class CheckoutSdk
    {
        public static CheckoutDefaultSdk Builder() => new CheckoutDefaultSdk();
    }

    public class CheckoutDefaultSdk
    {
        public StaticKeysCheckoutSdkBuilder StaticKeys() => new StaticKeysCheckoutSdkBuilder();

        public class StaticKeysCheckoutSdkBuilder
        {
            public StaticKeysCheckoutSdkBuilder PublicKey(string publicKey) => this;
            public StaticKeysCheckoutSdkBuilder SecretKey(string secretKey) => this;
            public StaticKeysCheckoutSdkBuilder Environment(Environment environment) => this;
            public ICheckoutApi Build() => null!;
        }
    }
}
