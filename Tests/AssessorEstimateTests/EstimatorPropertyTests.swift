import AssessorCore
import AssessorEstimate
import Foundation
import PropertyBased
import Testing

/// The estimator never traps and never prints a non-finite figure, whatever the scope: head counts and
/// sites from 1 to the largest Int, answers of 1e30, NaN or negative, any role, integration or certificate.
@Suite struct EstimatorPropertyTests {
    /// Readiness of all three standards and of ISO/IEC 42001 alone, from scratch, estimated again and again.
    private static func readiness() async throws -> [Readiness] {
        var results: [Readiness] = []
        for standards in [["iso42001", "iso27001", "iso9001"], ["iso42001"]] {
            let sample = SampleAssessment(catalog: Fixtures.catalog, standards: standards, employees: 30, starting: .scratch)
            results.append(try await Fixtures.readiness(sample))
        }
        return results
    }

    /// Counts spread evenly over their orders of magnitude, from 1 to the largest Int.
    static let count = Gen.double(in: 0...62.99).map { Int(pow(2, $0)) }
    /// Answers as they could arrive: huge, tiny, negative, not numbers.
    static let number = Gen.element(of: [1e30, 1e19, -5, 0, 0.4, .nan, .infinity, -.infinity, 1e300, 3, 250]).map { $0 ?? 1 }
    static let roles = Gen.element(of: [[], ["producer"], ["user"], ["developer", "provider"], ["nonsense"]]).map { $0 ?? [] }
    static let held = Gen.element(of: [[], ["iso27001"], ["iso9001", "iso42001"], ["iso27001", "iso14001"]]).map { $0 ?? [] }
    static let cycle = Gen<CertificateStatus>.case

    private func check(_ scope: OrganisationScope, readiness: [Readiness], fte: Double = 1) throws {
        for readiness in readiness {
            let estimate = try Estimator.estimate(readiness: readiness, scope: scope, profile: try Fixtures.profile(),
                                                  options: EstimateOptions(fte: fte))
            // JSONEncoder refuses NaN and infinities: encoding proves every figure finite.
            #expect(throws: Never.self) { try JSONEncoder().encode(estimate) }
            #expect(estimate.cost.cycle.high >= estimate.cost.cycle.low && estimate.timeline.months >= 0)
        }
    }

    @Test func extremeAndRandomScopesGiveFiniteEstimates() async throws {
        let readiness = try await Self.readiness()
        await propertyCheck(count: 60, input: Self.count, Self.count, Self.count, Self.count, Gen<IntegrationLevel>.case) {
            employees, effective, sites, ai, integration in
            await propertyCheck(count: 1, input: Self.roles, Self.held, Self.cycle, Gen<ComplexityLevel>.case) { roles, held, cycle, level in
                let scope = OrganisationScope(
                    employees: employees, effectivePersonnel: effective, sites: sites, integration: integration, certifications: held,
                    certificateCycles: Dictionary(uniqueKeysWithValues: held.map { ($0, cycle) }), aiRoles: roles, aiHeadcount: ai,
                    aiSystems: ai, businessComplexity: level, itComplexity: level)
                try check(scope, readiness: readiness)
            }
        }
    }

    @Test func extremeAnswersAreReadWithoutTrapping() async throws {
        let readiness = try await Self.readiness()
        await propertyCheck(count: 80, input: Self.number, Self.number, Self.number, Self.number, Gen.double(in: 0.05...1_000)) {
            employees, effective, sites, ai, fte in
            let answers = [("scope.employees", employees), ("scope.effective_personnel", effective), ("scope.sites", sites),
                           ("scope.ai_headcount", ai), ("scope.ai_systems", ai)].map { Answer(questionID: $0.0, value: .number($0.1)) }
            let scope = OrganisationScope(answers: Dictionary(uniqueKeysWithValues: answers.map { ($0.questionID, $0) }))
            #expect(scope.employees >= 1 && scope.sites >= 1 && scope.aiHeadcount >= 1)
            try check(scope, readiness: readiness, fte: fte)
        }
    }
}
