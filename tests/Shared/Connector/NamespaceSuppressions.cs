using System.Diagnostics.CodeAnalysis;

// The stand-in's types are public (test classes and their public helpers take them); the namespace
// is only ever used from C# test projects, so "Shared" clashing with a VB keyword does not matter.
[assembly: SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Scope = "namespace", Target = "~N:InterviewBot.Tests.Shared")]
