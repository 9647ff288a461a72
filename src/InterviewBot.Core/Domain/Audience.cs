namespace InterviewBot.Core.Domain;

/// <summary>Which side of the call a person is on; each side has its own playbook.</summary>
public enum Audience
{
    Recruiter,
    Candidate,
}
