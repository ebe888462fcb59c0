from screener import Credential, hookimpl


@hookimpl
def screener_credentials():
    return [Credential(id="CCDS", name="Certified Clinical Documentation Specialist", issuer="ACDIS", aliases=["CCDS"])]
