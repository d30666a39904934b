using RuleSandbox.Policies;

namespace RuleSandbox.Tests.Policies;

/// <summary>Whatever the bytes, loading a policy gives a policy or a list of problems, never another exception.</summary>
[TestFixture]
public sealed class PolicyFuzzTests
{
    private const string Valid = """
        {
          "extends": "strict",
          "modules": { "allow": ["math", "json"], "deny": ["os"] },
          "names": { "deny": ["print"] },
          "attributes": { "allowDunder": ["__init__"], "deny": ["secret"] },
          "syntax": { "whileLoops": true, "lambdas": false },
          "sizes": { "sourceBytes": 1000, "nestingDepth": 20 },
          "limits": { "fuel": 5000, "wallMs": 100 },
          "capabilities": { "hostFunctions": ["rate"], "wallClock": false }
        }
        """;

    [Test]
    public void MutatedPoliciesNeverThrowAnythingButPolicyLoadException()
    {
        var random = new Random(12345);
        const string alphabet = "{}[]\":,.-+eE0123456789 \n\\u\"tfn_abcxyz";
        int loaded = 0, rejected = 0;
        for (int i = 0; i < 3000; i++)
        {
            var chars = Valid.ToCharArray().ToList();
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }
            string text = new(chars.ToArray());
            try
            {
                Policy.Parse(text, "fuzz.json");
                loaded++;
            }
            catch (PolicyLoadException ex)
            {
                rejected++;
                Assert.That(ex.Problems, Is.Not.Empty);
                Assert.That(ex.Problems.All(p => p.Line >= 1 && p.Column >= 1), Is.True, text);
            }
        }
        Assert.That(rejected, Is.GreaterThan(1000));
        Assert.That(loaded, Is.GreaterThan(10), "some mutations (inside strings, whitespace) stay valid");
    }
}
