import Ledger

extension ContractEvent {
    /// The kind of the ledger entry recording this event in a contract of `kind`. Ending
    /// a crowdfunding is its close (`contract.close`); ending any other contract is
    /// `contract.terminate`.
    public func entryKind(in kind: ContractKind) -> EntryKind {
        switch action {
        case .proposed: "contract.propose"
        case .signed: "contract.sign"
        case .costReported: "contract.cost"
        case .revenueReported: "contract.revenue"
        case .milestoneAttested: "contract.attest"
        case .pledged: "contract.pledge"
        case .withdrawn: "contract.withdraw"
        case .subscriptionPaid: "contract.subscribe"
        case .terminated: kind == .crowdfunding ? "contract.close" : "contract.terminate"
        }
    }
}
