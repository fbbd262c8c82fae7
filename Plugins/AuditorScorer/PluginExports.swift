import AssessorScoringContract
import CAssessorPluginABI
import Foundation

// The four C functions of the plugin ABI (assessor_plugin.h). Strings are malloc'd here and
// released by the host through assessor_plugin_free.

@_cdecl("assessor_plugin_abi_version")
public func assessorPluginABIVersion() -> UInt32 {
    UInt32(ASSESSOR_PLUGIN_ABI_VERSION)
}

@_cdecl("assessor_plugin_describe")
public func assessorPluginDescribe() -> UnsafeMutablePointer<CChar>? {
    encode(AuditorView.description)
}

@_cdecl("assessor_plugin_score")
public func assessorPluginScore(_ requestJSON: UnsafePointer<CChar>?) -> UnsafeMutablePointer<CChar>? {
    guard let requestJSON else { return encode(ScoringResponse(error: "no request given")) }
    let data = Data(bytes: requestJSON, count: strlen(requestJSON))
    guard let request = try? JSONDecoder().decode(ScoringRequest.self, from: data) else {
        return encode(ScoringResponse(error: "the request is not a scoring request of schema \(ScoringContract.schemaVersion)"))
    }
    return encode(AuditorView.score(request))
}

@_cdecl("assessor_plugin_free")
public func assessorPluginFree(_ json: UnsafeMutablePointer<CChar>?) {
    free(json)
}

private func encode<T: Encodable>(_ value: T) -> UnsafeMutablePointer<CChar>? {
    guard let data = try? JSONEncoder().encode(value) else { return nil }
    return strdup(String(decoding: data, as: UTF8.self))
}
