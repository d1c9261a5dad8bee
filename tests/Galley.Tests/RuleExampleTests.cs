using Galley.Checking;
using Galley.Fixes;
using Galley.Rules;

namespace Galley.Tests;

/// <summary>Every rule's examples are its tests: each Flag example must raise the rule (and its first fix must
/// produce the expected text), each Keep example must raise nothing from it.</summary>
public class RuleExampleTests
{
    public static TheoryData<string, int> AllExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (var rule in RuleCatalog.All)
            for (int i = 0; i < rule.Examples.Count; i++) data.Add(rule.Info.Id, i);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Example_behaves_as_documented(string ruleId, int index)
    {
        var rule = RuleCatalog.Find(ruleId)!;
        var example = rule.Examples[index];
        // The rule alone: where two rules find the same mistake the check reports it once, under one of them.
        var options = new CheckOptions
        {
            EnabledRules = new HashSet<string> { ruleId },
            DisabledRules = RuleCatalog.All.Select(r => r.Info.Id).Where(id => id != ruleId).ToHashSet(),
        };
        var found = Checker.Check(example.Text, options).Diagnostics.Where(d => d.RuleId == ruleId).ToList();
        if (!example.ShouldFlag)
        {
            Assert.True(found.Count == 0, $"{ruleId} flagged a sentence it must leave alone: {example.Text}\n" +
                string.Join("\n", found.Select(d => $"  {d.Span} {d.Message}")));
            return;
        }
        Assert.True(found.Count > 0, $"{ruleId} did not flag: {example.Text}");
        if (example.FixedText is null) return;
        var outcome = FixEngine.Apply(example.Text, found);
        Assert.Equal(example.FixedText, outcome.Text);
    }

    [Fact]
    public void Every_rule_has_examples_both_ways_and_a_unique_well_formed_id()
    {
        Assert.NotEmpty(RuleCatalog.All);
        foreach (var rule in RuleCatalog.All)
        {
            Assert.Matches("^GL[0-9]{4}$", rule.Info.Id);
            Assert.Matches("^[a-z]+(-[a-z]+)*$", rule.Info.Name);
            Assert.Contains(rule.Examples, e => e.ShouldFlag);
            Assert.Contains(rule.Examples, e => !e.ShouldFlag);
        }
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Info.Name).Distinct().Count());
    }
}
