from screener import Credential, hookimpl


@hookimpl
def screener_credentials():
    return [Credential(id="CCDS", name="Clinical Documentation Specialist (rival)", issuer="Rival Board")]
