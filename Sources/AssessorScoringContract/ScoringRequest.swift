/// Everything a scorer needs: the requirements of the standards in scope with their answers and
/// evidence. Skip logic and scope are already applied by the host.
public struct ScoringRequest: Codable, Sendable {
    public var schemaVersion: Int
    public var standards: [StandardInput]

    public init(standards: [StandardInput]) {
        self.schemaVersion = ScoringContract.schemaVersion
        self.standards = standards
    }

    public struct StandardInput: Codable, Sendable {
        public var id: String
        public var title: String
        public var requirements: [RequirementInput]

        public init(id: String, title: String, requirements: [RequirementInput]) {
            self.id = id
            self.title = title
            self.requirements = requirements
        }
    }

    public struct RequirementInput: Codable, Sendable {
        public var id: String
        public var title: String
        /// `clause` or `control`.
        public var kind: String
        /// The clause (`9`) or Annex A theme (`A.5`) it belongs to.
        public var section: String
        /// Mandatory documented information: missing, it blocks a Stage 1 audit.
        public var documentedInformation: Bool
        public var weight: Double
        /// `document`, `process`, `technical` or `training`.
        public var work: String
        /// The answers to its questions that skip logic let through; empty when none was asked.
        public var questions: [QuestionInput]
        /// Evidence the user accepted for it.
        public var acceptedEvidence: Int

        public init(
            id: String, title: String, kind: String, section: String, documentedInformation: Bool, weight: Double,
            work: String, questions: [QuestionInput], acceptedEvidence: Int
        ) {
            self.id = id
            self.title = title
            self.kind = kind
            self.section = section
            self.documentedInformation = documentedInformation
            self.weight = weight
            self.work = work
            self.questions = questions
            self.acceptedEvidence = acceptedEvidence
        }
    }

    public struct QuestionInput: Codable, Sendable {
        public var id: String
        /// The scale kind (`conformity`, `maturity`, `yes_no`, ...).
        public var scale: String
        /// The canonical answer text, nil when unanswered.
        public var answer: String?
        /// The share met, 0 to 1, for scored scales; nil when unanswered, unscored or not applicable.
        public var fraction: Double?
        public var dontKnow: Bool
        public var notApplicable: Bool
        public var justification: String

        public init(
            id: String, scale: String, answer: String?, fraction: Double?, dontKnow: Bool, notApplicable: Bool,
            justification: String
        ) {
            self.id = id
            self.scale = scale
            self.answer = answer
            self.fraction = fraction
            self.dontKnow = dontKnow
            self.notApplicable = notApplicable
            self.justification = justification
        }
    }
}
