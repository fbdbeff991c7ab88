"""The model of the system of states, computed from real-world events: relations per pair and
period, the signed network (balance, blocs, hedging), change, and each outlet's framing."""
