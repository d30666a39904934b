using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>hashlib beyond the conformance cases: published test vectors and metering.</summary>
public sealed class HashlibModuleTests
{
    [TestCase("blake2b", "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923")]
    [TestCase("blake2s", "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982")]
    [TestCase("sha224", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")]
    public void AbcMatchesThePublishedVector(string algorithm, string expected)
    {
        // Given the RFC 7693 (BLAKE2) and FIPS 180-4 (SHA-224) examples for "abc"
        var r = ModuleTestHost.Run($"import hashlib\nresult = hashlib.new('{algorithm}', b'abc').hexdigest()");

        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(expected));
    }

    [Test]
    public void KeyedBlake2bMatchesTheReferenceKat()
    {
        // The first keyed known-answer test of the BLAKE2 reference (key 00..3f, empty message).
        var r = ModuleTestHost.Run("import hashlib\nresult = hashlib.blake2b(key=bytes(range(64))).hexdigest()");

        Assert.That(r.Value, Is.EqualTo("10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568"));
    }

    [Test]
    public void HashingIsChargedByTheByte()
    {
        // Given one megabyte hashed a hundred times under a fuel budget of a million units
        var limits = ModuleTestHost.Limits with { MaxFuel = 1_000_000 };
        var r = ModuleTestHost.Run("import hashlib\ndata = b'x' * 1000000\nh = hashlib.sha256()\nfor i in range(100):\n    h.update(data)", limits);

        // Then the loop runs out of fuel although it executes only a few hundred instructions
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
    }

    [Test]
    public void Pbkdf2ChargesEveryIteration()
    {
        var limits = ModuleTestHost.Limits with { MaxFuel = 1_000_000 };
        var r = ModuleTestHost.Run("import hashlib\nkey = hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10**9)", limits);

        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
    }

    [Test]
    public void HugeShakeOutputIsRefusedBeforeAllocating()
    {
        var r = ModuleTestHost.Run("import hashlib\nd = hashlib.shake_128(b'x').digest(2**40)");

        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Memory));
    }

    [Test]
    public void AlgorithmSetsAreNotSharedBetweenRuns()
    {
        var first = ModuleTestHost.Run("import hashlib\nhashlib.algorithms_available.add('evil')\nresult = 'evil' in hashlib.algorithms_available");
        var second = ModuleTestHost.Run("import hashlib\nresult = 'evil' in hashlib.algorithms_available");

        Assert.That(first.Value, Is.EqualTo(true));
        Assert.That(second.Value, Is.EqualTo(false));
    }
}
